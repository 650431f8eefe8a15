using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.EnOceanDecoder;

/// <summary>Bound from the <c>EnOceanDecoder</c> section.</summary>
public sealed class EnOceanDecoderOptions
{
    public const string Section = "EnOceanDecoder";

    /// <summary>How long a device registration (object URI, EEP) fetched from the object store is trusted.</summary>
    [Range(1, 3600)]
    public int RegistrationCacheSeconds { get; set; } = 5;
}

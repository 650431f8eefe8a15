using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.EnOceanDecoder.Dedup;

/// <summary>Where de-duplication keeps its state: <c>ConnectionStrings:Redis</c> (<c>ConnectionStrings__Redis</c>), a StackExchange.Redis configuration string.</summary>
public sealed class RedisConnectionOptions
{
    public const string Section = "ConnectionStrings";

    [Required]
    public string Redis { get; set; } = "";
}

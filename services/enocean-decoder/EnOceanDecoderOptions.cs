using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.EnOceanDecoder;

/// <summary>Bound from the <c>EnOceanDecoder</c> section.</summary>
public sealed class EnOceanDecoderOptions
{
    public const string Section = "EnOceanDecoder";

    /// <summary>How long a device registration (object URI, EEP) fetched from the object store is trusted; then it is refreshed in the background while still used.</summary>
    [Range(1, 3600)]
    public int RegistrationCacheSeconds { get; set; } = 60;

    /// <summary>How long "no device object has this id" is trusted: a device created since is found after at most this long.</summary>
    [Range(1, 3600)]
    public int UnknownDeviceCacheSeconds { get; set; } = 5;

    /// <summary>
    /// Copies of one telegram heard by several connectors within this time are one reading;
    /// 0 turns de-duplication off.
    /// </summary>
    [Range(0, 60_000)]
    public int DedupWindowMilliseconds { get; set; } = 1000;

    /// <summary>Prefix of every Redis key the decoder writes (de-duplication, best connector per sender).</summary>
    [Required]
    public string RedisKeyPrefix { get; set; } = "mobius:";

    /// <summary>How long the best connector of a sender is remembered after its last telegram.</summary>
    [Range(60, 31_536_000)]
    public int BestConnectorSeconds { get; set; } = 7 * 24 * 3600;

    /// <summary>Create a device object, with no human step, for an unknown sender that teaches in with a supported EEP.</summary>
    public bool AutoProvision { get; set; }

    /// <summary>Answer UTE teach-in queries that expect a response with a UTE response downlink.</summary>
    public bool SendUteResponses { get; set; }

    /// <summary>Sender id of the UTE responses, 8 hex digits (the connector module's base id or chip id).</summary>
    [RegularExpression("^[0-9A-Fa-f]{8}$")]
    public string TransmitterId { get; set; } = "00000000";

    /// <summary>Publish <c>ENOCEAN_RADIO_*</c> broadcast commands for received telegrams.</summary>
    public bool Broadcasts { get; set; } = true;

    /// <summary>SID of the EnOcean devices service, where auto-provisioned objects are created.</summary>
    [RegularExpression("^[0-9A-Fa-f]{3}$")]
    public string ServiceId { get; set; } = "022";
}

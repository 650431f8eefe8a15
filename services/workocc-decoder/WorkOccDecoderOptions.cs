using System.ComponentModel.DataAnnotations;
using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOccDecoder;

/// <summary>Bound from the <c>WorkOccDecoder</c> section (<c>WorkOccDecoder__TimeZone</c>, ...).</summary>
public sealed class WorkOccDecoderOptions : IValidatableObject
{
    public const string Section = "WorkOccDecoder";

    /// <summary>How long a device registration (object URI, PID) fetched from the object store is trusted; then it is refreshed in the background while still used.</summary>
    [Range(1, 3600)]
    public int RegistrationCacheSeconds { get; set; } = 60;

    /// <summary>How long "no device object has this id" is trusted: a device created since is found after at most this long.</summary>
    [Range(1, 3600)]
    public int UnknownDeviceCacheSeconds { get; set; } = 5;

    /// <summary>Ask the object store to create an object for a sensor that has none, of the kind its frames show.</summary>
    public bool AutoProvision { get; set; }

    /// <summary>A frame heard again within this window (by another connector) is one reading.</summary>
    [Range(1, 60_000)]
    public int DuplicateWindowMilliseconds { get; set; } = 2000;

    /// <summary>A backwards sequence number received within this window of the newest frame is stale; later, the sensor restarted.</summary>
    [Range(1, 3600)]
    public int ReorderWindowSeconds { get; set; } = 60;

    /// <summary>No frame from a sensor for longer than this makes its occupancy state unknown.</summary>
    [Range(60, 7 * 86400)]
    public int OccupancyTimeoutSeconds { get; set; } = 1800;

    /// <summary>The IANA (or Windows) time zone whose midnight starts "today" for occupied minutes and utilisation.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Prefix of every Redis key the decoder writes, so deployments can share one Redis.</summary>
    [Required]
    public string RedisKeyPrefix { get; set; } = "mobius:";

    /// <summary>How often one replica checks every sensor for the timeout and the day change.</summary>
    [Range(1, 3600)]
    public int SweepIntervalSeconds { get; set; } = 30;

    /// <summary>An unknown sensor is announced (and provisioned) at most once per this interval.</summary>
    [Range(1, 86400)]
    public int DiscoveryIntervalSeconds { get; set; } = 300;

    /// <summary>A sensor's state is forgotten after this long without a frame.</summary>
    [Range(1, 3650)]
    public int SensorStateRetentionDays { get; set; } = 30;

    public WorkOccSemanticsOptions ToSemantics() => new()
    {
        DuplicateWindow = TimeSpan.FromMilliseconds(DuplicateWindowMilliseconds),
        ReorderWindow = TimeSpan.FromSeconds(ReorderWindowSeconds),
        OccupancyTimeout = TimeSpan.FromSeconds(OccupancyTimeoutSeconds),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a time zone this system knows, e.g. Europe/London or UTC", [nameof(TimeZone)]);
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.History;

/// <summary>Resource history, section <c>History</c>.</summary>
public sealed class HistoryOptions
{
    public const string Section = "History";

    /// <summary>How long values are kept; older ones are purged in the background.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = "must be 1 min .. 3650 days")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the purge runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be 1 s .. 1 day")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most values one history request answers; a longer range is cut at this many (the earliest).</summary>
    [Range(1, 1_000_000)]
    public int MaxValuesPerRequest { get; set; } = 100_000;
}

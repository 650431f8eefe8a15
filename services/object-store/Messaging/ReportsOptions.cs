using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>How reported values are written, section <c>Reports</c>: in batches of up to <see cref="BatchMessageLimit"/> messages per round trip.</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Most reports written together in one statement.</summary>
    [Range(1, 1000)]
    public int BatchMessageLimit { get; set; } = 100;

    /// <summary>How long a batch waits for more reports after its first one; a quiet bus writes each report within this time.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:01", ErrorMessage = "must be 1 ms .. 1 s")]
    public TimeSpan BatchTimeLimit { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Batches written at once by one replica.</summary>
    [Range(1, 16)]
    public int ConcurrentBatches { get; set; } = 2;
}

using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>The services' status objects, section <c>ServiceStatus</c>.</summary>
public sealed class ServiceStatusOptions
{
    public const string Section = "ServiceStatus";

    /// <summary>
    /// A service with no health report for this long is marked unknown (-1). The services report
    /// every <c>Mobius:HealthReportSeconds</c> (10 s), so the default allows three missed reports.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00", ErrorMessage = "must be 2 s .. 1 h")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(35);

    /// <summary>How often the store looks for services whose reports stopped.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "must be 1 s .. 10 min")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}

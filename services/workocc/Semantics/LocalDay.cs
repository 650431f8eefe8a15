namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>Where "today" begins in a time zone, correct on days that daylight saving time makes 23 or 25 hours long.</summary>
public static class LocalDay
{
    private static readonly TimeSpan ClockShiftStep = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The first instant of the local day that holds <paramref name="instant"/>: local midnight, or
    /// the first valid local time after it where a clock change skips midnight; where midnight occurs
    /// twice, the first of the two.
    /// </summary>
    public static DateTimeOffset StartOf(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var midnight = TimeZoneInfo.ConvertTime(instant, zone).Date;
        while (zone.IsInvalidTime(midnight))
        {
            midnight += ClockShiftStep;
        }

        var offset = zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max() : zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset);
    }
}

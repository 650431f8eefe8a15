namespace Mobius.Micro.WorkOcc.Tests.TestSupport;

/// <summary>Time zones built in the test, so results do not depend on the machine's time zone database.</summary>
internal static class TestZones
{
    /// <summary>UTC+01:00 all year.</summary>
    public static TimeZoneInfo PlusOne { get; } = TimeZoneInfo.CreateCustomTimeZone("Test+01", TimeSpan.FromHours(1), "Test+01", "Test+01");

    /// <summary>Central European rules: +01:00, +02:00 from the last Sunday of March 02:00 to the last Sunday of October 03:00.</summary>
    public static TimeZoneInfo CentralEurope { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test-CET", TimeSpan.FromHours(1), "Test-CET", "Test-CET", "Test-CEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    /// <summary>-03:00, with clocks going from 00:00 to 01:00 on the first Sunday of November, so that midnight does not exist.</summary>
    public static TimeZoneInfo MidnightSkipping { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test-skip", TimeSpan.FromHours(-3), "Test-skip", "Test-skip", "Test-skip-summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 11, 1, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 2, 3, DayOfWeek.Sunday)),
        ]);
}

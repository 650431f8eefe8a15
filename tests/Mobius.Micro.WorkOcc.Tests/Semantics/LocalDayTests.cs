using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Semantics;

public sealed class LocalDayTests
{
    [Fact]
    public void In_utc_the_day_starts_at_midnight_utc()
    {
        Assert.Equal(
            new DateTimeOffset(2025, 11, 25, 0, 0, 0, TimeSpan.Zero),
            LocalDay.StartOf(new DateTimeOffset(2025, 11, 25, 23, 59, 59, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Fact]
    public void East_of_utc_the_local_day_starts_the_evening_before_in_utc()
    {
        var start = LocalDay.StartOf(new DateTimeOffset(2025, 11, 25, 23, 30, 0, TimeSpan.Zero), TestZones.PlusOne);

        Assert.Equal(new DateTimeOffset(2025, 11, 25, 23, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
    }

    [Fact]
    public void A_spring_forward_day_starts_at_midnight_standard_time_and_lasts_23_hours()
    {
        var start = LocalDay.StartOf(new DateTimeOffset(2025, 3, 30, 12, 0, 0, TimeSpan.Zero), TestZones.CentralEurope);
        var next = LocalDay.StartOf(new DateTimeOffset(2025, 3, 31, 12, 0, 0, TimeSpan.Zero), TestZones.CentralEurope);

        Assert.Equal(new DateTimeOffset(2025, 3, 29, 23, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(23), next - start);
    }

    [Fact]
    public void A_fall_back_day_starts_at_midnight_summer_time_and_lasts_25_hours()
    {
        var start = LocalDay.StartOf(new DateTimeOffset(2025, 10, 26, 12, 0, 0, TimeSpan.Zero), TestZones.CentralEurope);
        var next = LocalDay.StartOf(new DateTimeOffset(2025, 10, 27, 12, 0, 0, TimeSpan.Zero), TestZones.CentralEurope);

        Assert.Equal(new DateTimeOffset(2025, 10, 25, 22, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(25), next - start);
    }

    [Fact]
    public void Where_clocks_skip_midnight_the_day_starts_at_the_first_valid_local_time()
    {
        // 2025-11-02 is the first Sunday of November: local 00:00 -> 01:00, offset -03:00 -> -02:00.
        var start = LocalDay.StartOf(new DateTimeOffset(2025, 11, 2, 15, 0, 0, TimeSpan.Zero), TestZones.MidnightSkipping);

        Assert.Equal(new DateTimeOffset(2025, 11, 2, 3, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(new DateTime(2025, 11, 2, 1, 0, 0), start.DateTime);
    }

    [Fact]
    public void An_instant_right_at_the_start_belongs_to_that_day()
    {
        var midnight = new DateTimeOffset(2025, 11, 25, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(midnight, LocalDay.StartOf(midnight, TimeZoneInfo.Utc));
        Assert.Equal(midnight.AddDays(-1), LocalDay.StartOf(midnight.AddTicks(-1), TimeZoneInfo.Utc));
    }
}

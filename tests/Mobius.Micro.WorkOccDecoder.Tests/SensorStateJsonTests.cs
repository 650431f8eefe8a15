using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Semantics;
using Mobius.Micro.WorkOccDecoder.State;

namespace Mobius.Micro.WorkOccDecoder.Tests;

public sealed class SensorStateJsonTests
{
    private static readonly DateTimeOffset T0 = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_state_with_every_part_set_reads_back_the_same()
    {
        var state = new WorkOccSensorState
        {
            Newest = new SequenceMark(42, T0),
            Recent = [new HeardFrame("A701014B1D00072A01012C5532", "MF_00BCC0/7f3a9c21/1042", T0)],
            People = new PeopleTotals(65530, 12, 131066, 12),
            Occupancy = new OccupancyTrack
            {
                State = OccupancyState.Occupied,
                Since = T0.AddMinutes(-5),
                LastHeard = T0,
                DayStart = T0.Date,
                Today = [new OccupancySegment(T0.AddMinutes(-5), T0, OccupancyState.Occupied)],
            },
        };

        var json = SensorStateJson.Write(state);
        Assert.True(SensorStateJson.TryRead(json, out var read));

        Assert.Equal(json, SensorStateJson.Write(read));
        Assert.Equal(state.Newest, read.Newest);
        Assert.Equal(state.People, read.People);
        Assert.Equal(state.Recent, read.Recent);
        Assert.Equal(state.Occupancy.Today, read.Occupancy.Today);
        Assert.Equal(state.Occupancy with { Today = read.Occupancy.Today }, read.Occupancy);
        Assert.Contains("\"state\":\"occupied\"", json);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"newest":{"sequence":"forty-two"}}""")]
    public void Unreadable_state_is_reported_as_such(string json)
    {
        Assert.False(SensorStateJson.TryRead(json, out _));
    }

    [Fact]
    public void A_new_state_is_small_and_reads_back_empty()
    {
        var json = SensorStateJson.Write(new WorkOccSensorState());
        Assert.True(SensorStateJson.TryRead(json, out var read));

        Assert.Null(read.Newest);
        Assert.Null(read.People);
        Assert.Empty(read.Recent);
        Assert.Equal(OccupancyState.Unknown, read.Occupancy.State);
        Assert.True(json.Length < 100, json);
    }
}

using Mobius.Micro.Contracts;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOcc.Readings;
using Mobius.Micro.WorkOccDecoder.Telegrams;

namespace Mobius.Micro.WorkOccDecoder.Tests;

public sealed class SensorObjectValuesTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2025, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly SensorReading[] Readings =
    [
        SensorReading.Of(WorkOccResourceIds.Occupied, true),
        SensorReading.Of(WorkOccResourceIds.OccupancyState, "occupied"),
        SensorReading.Of(WorkOccResourceIds.PeopleIn, 12),
        SensorReading.Of(WorkOccResourceIds.Temperature, 21.5),
        SensorReading.Of(WorkOccResourceIds.Battery, 80),
    ];

    [Fact]
    public void Only_the_resources_of_the_objects_profile_are_reported()
    {
        var desk = SensorObjectValues.For("000001/023/0200/0001", WorkOccSensorProfiles.DeskOccupancy, ReceivedAt, Readings);
        var environment = SensorObjectValues.For("000001/023/0202/0001", WorkOccSensorProfiles.Environment, ReceivedAt, Readings);

        Assert.Equal(["40", "41", "43"], desk.Values.Select(value => value.Rid));
        Assert.Equal(["47", "43"], environment.Values.Select(value => value.Rid));
    }

    [Fact]
    public void Values_keep_their_kind_and_the_observation_time_is_the_receive_time()
    {
        var values = SensorObjectValues.For("000001/023/0201/0002", WorkOccSensorProfiles.PeopleCounter, ReceivedAt, Readings);

        Assert.Equal("000001/023/0201/0002", values.ObjectUri);
        Assert.Equal(ReceivedAt, values.ObservedAt);
        Assert.Equal(
            [ReportedValue.Of("40", true), ReportedValue.Of("41", "occupied"), ReportedValue.Of("44", 12), ReportedValue.Of("43", 80)],
            values.Values);
    }
}

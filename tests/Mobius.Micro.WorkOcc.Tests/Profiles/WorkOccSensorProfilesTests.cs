using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.WorkOcc.Tests.Profiles;

public sealed class WorkOccSensorProfilesTests
{
    [Fact]
    public void The_published_pids_are_0200_0201_0202()
    {
        Assert.Equal(
            [("0200", "workocc_deskOccupancy"), ("0201", "workocc_peopleCounter"), ("0202", "workocc_environment")],
            WorkOccSensorProfiles.All.Select(profile => (profile.Pid, profile.ProfileName)));
    }

    [Fact]
    public void Pids_lie_in_the_workocc_range_and_every_kind_has_one_profile()
    {
        Assert.All(WorkOccSensorProfiles.All, profile => Assert.InRange(Convert.ToInt32(profile.Pid, 16), 0x0200, 0x02FF));
        Assert.Equal(Enum.GetValues<WorkOccSensorKind>(), WorkOccSensorProfiles.All.Select(profile => profile.Kind));
    }

    [Fact]
    public void Data_resources_are_rids_from_40()
    {
        Assert.All(WorkOccSensorProfiles.All.SelectMany(profile => profile.DataResources), rid => Assert.InRange(Convert.ToInt32(rid, 16), 0x40, 0xFF));
    }

    [Fact]
    public void Each_kind_has_the_values_the_object_model_asks_for()
    {
        Assert.Superset(new HashSet<string> { "40", "41", "42", "43", "4A", "4B", "4C", "4D", "4E", "4F" }, (HashSet<string>)WorkOccSensorProfiles.DeskOccupancy.DataResources);
        Assert.Superset(new HashSet<string> { "40", "41", "42", "43", "44", "45", "46" }, (HashSet<string>)WorkOccSensorProfiles.PeopleCounter.DataResources);
        Assert.Superset(new HashSet<string> { "43", "47", "48", "49" }, (HashSet<string>)WorkOccSensorProfiles.Environment.DataResources);
    }

    [Fact]
    public void Found_by_pid_in_either_case()
    {
        Assert.Same(WorkOccSensorProfiles.PeopleCounter, WorkOccSensorProfiles.FindByPid("0201"));
        Assert.Null(WorkOccSensorProfiles.FindByPid("0203"));
    }

    [Theory]
    [InlineData(WorkOccMessageType.Occupancy, WorkOccSensorKind.DeskOccupancy)]
    [InlineData(WorkOccMessageType.Heartbeat, WorkOccSensorKind.DeskOccupancy)]
    [InlineData(WorkOccMessageType.PeopleCount, WorkOccSensorKind.PeopleCounter)]
    [InlineData(WorkOccMessageType.Environment, WorkOccSensorKind.Environment)]
    public void A_frame_type_tells_the_kind_of_an_unknown_sensor(WorkOccMessageType type, WorkOccSensorKind kind)
    {
        Assert.Equal(kind, WorkOccSensorProfiles.ForFrameType(type)?.Kind);
    }

    [Fact]
    public void A_health_frame_does_not_tell_the_kind()
    {
        Assert.Null(WorkOccSensorProfiles.ForFrameType(WorkOccMessageType.Health));
    }
}

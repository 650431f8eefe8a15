using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>Names of the WorkOcc sensor kinds for people: notes, the summary and JSON lines.</summary>
public static class WorkOccSensorKindNames
{
    public static string ToName(this WorkOccSensorKind kind) => kind switch
    {
        WorkOccSensorKind.DeskOccupancy => "workocc desk occupancy",
        WorkOccSensorKind.PeopleCounter => "workocc people counter",
        WorkOccSensorKind.Environment => "workocc environment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown WorkOcc sensor kind."),
    };
}

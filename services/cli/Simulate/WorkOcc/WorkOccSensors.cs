using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>Makes the simulated sensor of a kind.</summary>
public static class WorkOccSensors
{
    public static WorkOccSensor Create(WorkOccSensorKind kind, uint uid, Random random) => kind switch
    {
        WorkOccSensorKind.DeskOccupancy => new DeskOccupancySensor(uid, random),
        WorkOccSensorKind.PeopleCounter => new PeopleCounter(uid, random),
        WorkOccSensorKind.Environment => new EnvironmentSensor(uid, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown WorkOcc sensor kind."),
    };
}

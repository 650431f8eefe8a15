using Mobius.Micro.WorkOcc.Frames;
using Rid = Mobius.Micro.WorkOcc.Profiles.WorkOccResourceIds;

namespace Mobius.Micro.WorkOcc.Profiles;

/// <summary>
/// The published PID table of WorkOcc profiles (0200..02FF; a PID once published is never reused)
/// and which data RIDs each has. Health values (battery, voltage, flags) and the firmware version
/// belong to every kind: any sensor sends health frames and heartbeats.
/// </summary>
public static class WorkOccSensorProfiles
{
    private static readonly string[] Health = [Rid.Battery, Rid.BatteryVoltage, Rid.Tamper, Rid.LowBattery, Rid.SensorFault, Rid.FirmwareVersion];
    private static readonly string[] Occupancy = [Rid.Occupied, Rid.OccupancyState, Rid.LastStateChange];

    public static WorkOccSensorProfile DeskOccupancy { get; } = new(
        WorkOccSensorKind.DeskOccupancy, "0200", "workocc_deskOccupancy", "deskOccupancy",
        new HashSet<string>([.. Occupancy, Rid.OccupiedMinutesToday, Rid.UtilisationToday, .. Health], StringComparer.Ordinal));

    public static WorkOccSensorProfile PeopleCounter { get; } = new(
        WorkOccSensorKind.PeopleCounter, "0201", "workocc_peopleCounter", "peopleCounter",
        new HashSet<string>([.. Occupancy, Rid.PeopleIn, Rid.PeopleOut, Rid.PeoplePresent, .. Health], StringComparer.Ordinal));

    public static WorkOccSensorProfile Environment { get; } = new(
        WorkOccSensorKind.Environment, "0202", "workocc_environment", "environment",
        new HashSet<string>([Rid.Temperature, Rid.Humidity, Rid.Illuminance, .. Health], StringComparer.Ordinal));

    public static IReadOnlyList<WorkOccSensorProfile> All { get; } = [DeskOccupancy, PeopleCounter, Environment];

    public static WorkOccSensorProfile? FindByPid(string pid) =>
        All.FirstOrDefault(profile => string.Equals(profile.Pid, pid, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The kind of sensor a frame type comes from, for objects of unknown sensors; <see langword="null"/>
    /// for health frames, which every kind sends.
    /// </summary>
    public static WorkOccSensorProfile? ForFrameType(WorkOccMessageType type) => type switch
    {
        WorkOccMessageType.Occupancy or WorkOccMessageType.Heartbeat => DeskOccupancy,
        WorkOccMessageType.PeopleCount => PeopleCounter,
        WorkOccMessageType.Environment => Environment,
        _ => null,
    };
}

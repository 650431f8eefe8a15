namespace Mobius.Micro.WorkOcc.Profiles;

/// <summary>
/// The RIDs of WorkOcc device objects (service <c>023</c>), one meaning per RID across all WorkOcc
/// profiles; each profile has the subset its kind measures (<see cref="WorkOccSensorProfiles"/>).
/// Published in docs/workocc.md; never renumbered.
/// </summary>
public static class WorkOccResourceIds
{
    public const string SensorType = "0A";
    public const string Uid = "0B";

    public const string Occupied = "40";
    public const string OccupancyState = "41";
    public const string LastStateChange = "42";
    public const string Battery = "43";
    public const string PeopleIn = "44";
    public const string PeopleOut = "45";
    public const string PeoplePresent = "46";
    public const string Temperature = "47";
    public const string Humidity = "48";
    public const string Illuminance = "49";
    public const string BatteryVoltage = "4A";
    public const string Tamper = "4B";
    public const string LowBattery = "4C";
    public const string SensorFault = "4D";
    public const string OccupiedMinutesToday = "4E";
    public const string UtilisationToday = "4F";
    public const string FirmwareVersion = "50";
}

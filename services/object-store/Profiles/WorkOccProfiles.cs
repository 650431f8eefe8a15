using System.Text.RegularExpressions;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary>
/// The object profiles of WorkPlace Occupancy sensors (service <c>023</c>), the project's published
/// table (docs/workocc.md): <c>0200</c> desk occupancy, <c>0201</c> people counter, <c>0202</c>
/// environment. Each has the common resources, <c>0A</c> sensorType (its kind), <c>0B</c> uid
/// (required, unique within the service) and the data resources of its kind from <c>40</c>; one RID
/// means the same in every WorkOcc profile. The WorkOcc decoder writes these RIDs; its library
/// (Mobius.Micro.WorkOcc) publishes the same table and a test keeps the two equal.
/// </summary>
public static partial class WorkOccProfiles
{
    public const string SensorType = "0A";
    public const string Uid = "0B";

    private static readonly ResourceDefinition Occupied = Bool("40", "occupied");

    private static readonly ResourceDefinition OccupancyState = new()
    {
        Rid = "41", Name = "occupancyState", Type = ResourceType.Enum,
        Settings = new() { Access = ResourceAccess.Read, Enum = ["vacant", "occupied", "unknown"] },
        Default = new EnumValue("unknown"),
    };

    private static readonly ResourceDefinition LastStateChange = new() { Rid = "42", Name = "lastStateChange", Type = ResourceType.DateTime };
    private static readonly ResourceDefinition Battery = Number("43", "battery", min: 0, max: 100, precision: 0, units: "%");
    private static readonly ResourceDefinition PeopleIn = Number("44", "peopleIn", min: 0, max: null, precision: 0, units: null);
    private static readonly ResourceDefinition PeopleOut = Number("45", "peopleOut", min: 0, max: null, precision: 0, units: null);
    private static readonly ResourceDefinition PeoplePresent = Number("46", "peoplePresent", min: 0, max: 65535, precision: 0, units: null);
    private static readonly ResourceDefinition Temperature = Number("47", "temperature", min: -327.68, max: 327.67, precision: 2, units: "C");
    private static readonly ResourceDefinition Humidity = Number("48", "humidity", min: 0, max: 100, precision: 1, units: "%");
    private static readonly ResourceDefinition Illuminance = Number("49", "illuminance", min: 0, max: 65534, precision: 0, units: "lx");
    private static readonly ResourceDefinition BatteryVoltage = Number("4A", "batteryVoltage", min: 0, max: 65.535, precision: 3, units: "V");
    private static readonly ResourceDefinition Tamper = Bool("4B", "tamper");
    private static readonly ResourceDefinition LowBattery = Bool("4C", "lowBattery");
    private static readonly ResourceDefinition SensorFault = Bool("4D", "sensorFault");
    private static readonly ResourceDefinition OccupiedMinutesToday = Number("4E", "occupiedMinutesToday", min: 0, max: 1500, precision: 1, units: "min");
    private static readonly ResourceDefinition UtilisationToday = Number("4F", "utilisationToday", min: 0, max: 100, precision: 1, units: "%");
    private static readonly ResourceDefinition FirmwareVersion = new() { Rid = "50", Name = "firmwareVersion", Type = ResourceType.String };

    private static readonly ResourceDefinition[] HealthResources = [Battery, BatteryVoltage, Tamper, LowBattery, SensorFault, FirmwareVersion];

    public static ObjectProfile DeskOccupancy { get; } = Profile(
        "0200", "deskOccupancy", "WorkOcc desk occupancy sensor: occupancy, occupied minutes and utilisation today",
        ["WorkOcc", "OccupancySensor"],
        [Occupied, OccupancyState, LastStateChange, OccupiedMinutesToday, UtilisationToday, .. HealthResources]);

    public static ObjectProfile PeopleCounter { get; } = Profile(
        "0201", "peopleCounter", "WorkOcc people counter: people in, out and present, occupied while anyone is present",
        ["WorkOcc", "PeopleCounter", "OccupancySensor"],
        [Occupied, OccupancyState, LastStateChange, PeopleIn, PeopleOut, PeoplePresent, .. HealthResources]);

    public static ObjectProfile Environment { get; } = Profile(
        "0202", "environment", "WorkOcc environment sensor: temperature, humidity and illuminance",
        ["WorkOcc", "TemperatureSensor", "HumiditySensor", "LightSensor"],
        [Temperature, Humidity, Illuminance, .. HealthResources]);

    public static IReadOnlyList<ObjectProfile> All { get; } = [DeskOccupancy, PeopleCounter, Environment];

    private static ObjectProfile Profile(string pid, string sensorType, string description, string[] families, ResourceDefinition[] data) =>
        new(pid, $"workocc_{sensorType}", description, families,
        [
            .. CommonResources.All,
            new()
            {
                Rid = SensorType, Name = "sensorType", Type = ResourceType.Enum,
                Settings = new() { Access = ResourceAccess.ReadWrite, Enum = [sensorType] },
            },
            new()
            {
                Rid = Uid, Name = "uid", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite,
                Required = true, Unique = true, TextRule = new TextRule { Pattern = UidPattern() },
            },
            .. data,
        ]);

    private static ResourceDefinition Bool(string rid, string name) => new() { Rid = rid, Name = name, Type = ResourceType.Bool };

    private static ResourceDefinition Number(string rid, string name, double? min, double? max, int precision, string? units) => new()
    {
        Rid = rid, Name = name, Type = ResourceType.Number,
        Settings = new() { Access = ResourceAccess.Read, Min = min, Max = max, Precision = precision, Units = units },
    };

    [GeneratedRegex("^[0-9A-F]{8}$")]
    private static partial Regex UidPattern();
}

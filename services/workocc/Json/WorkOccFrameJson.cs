using System.Text.Json.Nodes;
using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOcc.Json;

/// <summary>
/// A frame's payload as the JSON <c>fields</c> object of decode-cli.md and the <c>WORKOCC_TELEGRAM</c>
/// broadcast: fields named as in the frame specification, <c>state</c> as its word, temperature in °C,
/// humidity in %, illuminance in lux, the health flags as booleans, and every "unknown" value
/// (<c>0xFF</c>, <c>0xFFFF</c>, also <c>sinceChange</c> "more than 18 h") as <see langword="null"/>.
/// </summary>
public static class WorkOccFrameJson
{
    public static JsonObject Fields(WorkOccFrame frame) => frame switch
    {
        OccupancyFrame occupancy => new JsonObject
        {
            ["state"] = occupancy.State.ToName(),
            ["sinceChange"] = occupancy.SinceChangeSeconds,
            ["battery"] = occupancy.Battery,
        },
        HeartbeatFrame heartbeat => new JsonObject
        {
            ["state"] = heartbeat.State.ToName(),
            ["battery"] = heartbeat.Battery,
            ["fwMajor"] = heartbeat.FirmwareMajor,
            ["fwMinor"] = heartbeat.FirmwareMinor,
        },
        PeopleCountFrame people => new JsonObject
        {
            ["in"] = people.In,
            ["out"] = people.Out,
            ["present"] = people.Present,
        },
        EnvironmentFrame environment => new JsonObject
        {
            ["temperature"] = environment.Temperature,
            ["humidity"] = environment.Humidity,
            ["illuminance"] = environment.Illuminance,
        },
        HealthFrame health => new JsonObject
        {
            ["battery"] = health.Battery,
            ["batteryMv"] = health.BatteryMillivolts,
            ["tamper"] = health.Tamper,
            ["lowBattery"] = health.LowBattery,
            ["sensorFault"] = health.SensorFault,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(frame), frame.GetType().Name, "not a WorkOcc message type"),
    };
}

using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Json;
using Mobius.Micro.WorkOcc.Tests.TestSupport;

namespace Mobius.Micro.WorkOcc.Tests.Json;

/// <summary>The <c>fields</c> object of decode-cli.md for each message type.</summary>
public sealed class WorkOccFrameJsonTests
{
    [Fact]
    public void Occupancy_fields_are_state_word_since_change_and_battery()
    {
        Assert.Equal("""{"state":"occupied","sinceChange":300,"battery":85}""", Fields(SpecFrames.Occupancy(1, 300, 85)));
    }

    [Fact]
    public void Unknown_values_are_null()
    {
        Assert.Equal("""{"state":"unknown","sinceChange":null,"battery":null}""", Fields(SpecFrames.Occupancy(2, 0xFFFF, 0xFF)));
        Assert.Equal("""{"temperature":-0.01,"humidity":null,"illuminance":null}""", Fields(SpecFrames.Environment(-1, 0xFF, 0xFFFF)));
    }

    [Fact]
    public void Heartbeat_fields()
    {
        Assert.Equal("""{"state":"vacant","battery":90,"fwMajor":1,"fwMinor":4}""", Fields(SpecFrames.Heartbeat(0, 90, 1, 4)));
    }

    [Fact]
    public void People_count_fields()
    {
        Assert.Equal("""{"in":65535,"out":12,"present":3}""", Fields(SpecFrames.PeopleCount(65535, 12, 3)));
    }

    [Fact]
    public void Environment_fields_are_in_engineering_units()
    {
        Assert.Equal("""{"temperature":21.57,"humidity":45.5,"illuminance":420}""", Fields(SpecFrames.Environment(2157, 91, 420)));
    }

    [Fact]
    public void Health_flags_are_booleans()
    {
        Assert.Equal(
            """{"battery":7,"batteryMv":2750,"tamper":true,"lowBattery":true,"sensorFault":false}""",
            Fields(SpecFrames.Health(7, 2750, 0b011)));
    }

    private static string Fields(byte[] bytes)
    {
        Assert.True(WorkOccFrameParser.TryParse(bytes, out var frame, out var error), error.Message);
        return WorkOccFrameJson.Fields(frame).ToJsonString();
    }
}

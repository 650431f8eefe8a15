using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Eeps.Commands;

namespace Mobius.Micro.EnOcean.Tests.Commands;

/// <summary>
/// Commands for the bidirectional profiles, checked against telegrams other implementations sent
/// (the vectors named) or built by hand from the EEP specification, and decoded back.
/// </summary>
public sealed class CommandEncoderTests
{
    [Fact]
    public void D2_01_set_output_is_the_telegram_of_vector_v033()
    {
        // V033: CMD 1, all channels (0x1E), output value 100 %.
        Assert.Equal("011E64", TestHex.Of(ElectronicSwitchCommands.SetOutput(ElectronicSwitchCommands.AllChannels, 100)));
    }

    [Fact]
    public void D2_01_set_output_dims_with_a_timer()
    {
        // CMD 1 in DB2 bits 3..0; DV = 2 in DB1 bits 7..5, I/O 0; OV 40 = 0x28 in DB0 bits 6..0.
        var payload = ElectronicSwitchCommands.SetOutput(channel: 0, percent: 40, dimTimer: 2);

        Assert.Equal("014028", TestHex.Of(payload));
        var decoded = EepDecoder.DecodeData("D2-01-12", payload, 0);
        Assert.Equal(40, decoded.FindField("OV")!.Value.Value);
        Assert.Equal(2, decoded.FindField("DV")!.Value.Raw);
    }

    [Fact]
    public void D2_01_queries_are_the_specifications_bytes()
    {
        // CMD 3 status query for channel 1; CMD 6 measurement query for power (DB1 bit 5) on channel 0.
        Assert.Equal("0301", TestHex.Of(ElectronicSwitchCommands.QueryStatus(1)));
        Assert.Equal("0620", TestHex.Of(ElectronicSwitchCommands.QueryMeasurement(0, power: true)));
        Assert.Equal("0801", TestHex.Of(ElectronicSwitchCommands.SetPilotWireMode(1)));
    }

    [Theory]
    [InlineData(true, "01000009")] // V113: switch on, addressed to an Eltako actuator
    [InlineData(false, "01000008")] // V114: switch off
    public void A5_38_08_switching_is_the_telegram_of_vectors_v113_and_v114(bool on, string expected)
    {
        Assert.Equal(expected, TestHex.Of(CentralCommands.Switch(on)));
    }

    [Fact]
    public void A5_38_08_switching_for_a_time_writes_tenths_of_seconds()
    {
        // 90 s = 900 × 0.1 s = 0x0384 in DB2..DB1; DB0: delay (bit 1), learn bit (bit 3), on (bit 0).
        Assert.Equal("0103840B", TestHex.Of(CentralCommands.Switch(on: true, seconds: 90, delay: true)));
    }

    [Fact]
    public void A5_38_08_dimming_is_the_telegram_of_vector_v068()
    {
        // V068: EDIM raw 33 (33 × 100 / 255 = 12.94 %), ramp 0, absolute, on.
        Assert.Equal("02210009", TestHex.Of(CentralCommands.Dim(12.94, rampSeconds: 0)));
    }

    [Fact]
    public void A5_20_01_valve_position_decodes_back_in_direction_2()
    {
        // DB3 50 %; DB2 room temperature 20 °C on 255..0 → 0..40 °C: raw 127.5 rounds to 128 (0x80).
        var payload = ValveActuatorCommands.SetValvePosition(50, roomTemperature: 20);

        Assert.Equal("32800008", TestHex.Of(payload));
        var decoded = EepDecoder.DecodeData("A5-20-01", payload, 0, EepDirection.ToDevice);
        Assert.Equal(50, decoded.FindField("SP")!.Value.Value);
        Assert.Equal("%", decoded.FindField("SP")!.Value.Unit);
        Assert.Equal(0, decoded.FindField("SPS")!.Value.Raw);
    }

    [Fact]
    public void A5_20_01_temperature_set_point_selects_the_internal_control_loop()
    {
        // 21 °C → 21 × 255 / 40 = 133.875 → 134 (0x86); SPS = DB1 bit 2; summer bit DB1 bit 3.
        var payload = ValveActuatorCommands.SetTemperatureSetPoint(21, roomTemperature: 20, new ValveCommandOptions { SummerMode = true });

        Assert.Equal("86800C08", TestHex.Of(payload));
        var decoded = EepDecoder.DecodeData("A5-20-01", payload, 0, EepDirection.ToDevice);
        Assert.Equal(134 * 40.0 / 255, decoded.FindField("SP")!.Value.Value, 9);
        Assert.Equal("°C", decoded.FindField("SP")!.Value.Unit);
    }

    [Fact]
    public void A_value_outside_every_range_of_a_field_is_refused()
    {
        Assert.True(EepCatalog.TryGet("A5-38-08", out var definition));
        var dimming = definition.Cases.SelectMany(@case => @case.Fields).First(field => field.Shortcut == "EDIM");

        Assert.Throws<ArgumentOutOfRangeException>(() => EepEncoder.RawOf(dimming, 120));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicSwitchCommands.SetOutput(0, 101));
    }

    [Fact]
    public void A_raw_value_wider_than_its_field_is_refused()
    {
        Assert.True(EepCatalog.TryGet("D2-01-00", out var definition));

        Assert.Throws<ArgumentException>(() => EepEncoder.Encode(definition, definition.Cases[0], new Dictionary<string, long> { ["I/O"] = 32 }));
        Assert.Throws<ArgumentException>(() => EepEncoder.Encode(definition, definition.Cases[0], new Dictionary<string, long> { ["XYZ"] = 1 }));
    }
}

using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

/// <summary>
/// The decoder on a definition whose case is chosen by a data field, the way D2-01 chooses its
/// layout by CMD: proves such EEPs need data, not code. The definition is made up for the test.
/// </summary>
public sealed class ConditionalCaseDecoderTests
{
    private static readonly EepResource Level = EepResource.Number("40", "level", new ResourceSettings(Min: 0, Max: 100, Precision: 0, Units: "%"));
    private static readonly EepResource Mode = EepResource.Enum("41", "mode", "off", "eco", "comfort");

    private static readonly EepDefinition CommandSwitched = new(
        "D2-FF-01",
        "Test / layout chosen by command",
        new EnOceanProfile("D2-FF-01", "01FF"),
        ["Test"],
        [
            new EepCase
            {
                Conditions = [EepCondition.Data(bitOffset: 4, bitSize: 4, value: 1)],
                Fields =
                [
                    EepField.Enum("CMD", "Command", 4, 4, new EepEnumItem(1, "level"), new EepEnumItem(2, "mode")),
                    EepField.Scaled("LVL", "Level", 8, 8, new LinearScale(RawMin: 0, RawMax: 200, ScaledMin: 0, ScaledMax: 100), "%").Fills(Level),
                ],
            },
            new EepCase
            {
                Conditions = [EepCondition.Data(bitOffset: 4, bitSize: 4, value: 2)],
                Fields =
                [
                    EepField.Enum("CMD", "Command", 4, 4, new EepEnumItem(1, "level"), new EepEnumItem(2, "mode")),
                    EepField.Enum("MOD", "Mode", 8, 2, new EepEnumItem(0, "off") { Member = "off" }, new EepEnumItem(1, "eco") { Member = "eco" }, new EepEnumItem(2, "comfort") { Member = "comfort" }).Fills(Mode),
                ],
            },
        ]);

    [Fact]
    public void Chooses_the_case_by_the_command_field()
    {
        // CMD 1, LVL raw 150 → 150 × 100 / 200 = 75 %.
        var level = EepDecoder.DecodeData(CommandSwitched, [0x01, 0x96], status: 0);

        Assert.Equal(["CMD", "LVL"], level.Fields.Select(field => field.Shortcut));
        Assert.Equal([ResourceValue.Of(Level, 75.0)], level.Resources);

        // CMD 2, MOD raw 2 (top two bits of 0x80).
        var mode = EepDecoder.DecodeData(CommandSwitched, [0x02, 0x80], status: 0);

        Assert.Equal("comfort", mode.FindField("MOD")?.Description);
        Assert.Equal([ResourceValue.Of(Mode, "comfort")], mode.Resources);
    }

    [Fact]
    public void A_command_without_a_case_matches_none()
    {
        Assert.Equal(EnOceanErrorCode.NoMatchingCase, EepDecoder.DecodeData(CommandSwitched, [0x03, 0x00], status: 0).Error);
    }

    [Theory]
    [InlineData(new byte[0])] // not even the command
    [InlineData(new byte[] { 0x01 })] // command 1 without its level byte
    public void A_payload_without_the_bits_the_case_needs_is_too_short(byte[] payload)
    {
        Assert.Equal(EnOceanErrorCode.PayloadTooShort, EepDecoder.DecodeData(CommandSwitched, payload, status: 0).Error);
    }
}

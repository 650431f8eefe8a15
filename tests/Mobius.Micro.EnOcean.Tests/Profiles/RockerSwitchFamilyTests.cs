using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Profiles;

/// <summary>
/// The hand-written rocker switch profiles beyond F6-02-01 (which RockerSwitchResourceTests cover),
/// each with telegrams built from the EEP specification and every field checked. Data byte of the
/// N-message: R1 bits 7..5, EB bit 4, R2 bits 3..1, SA bit 0.
/// </summary>
public sealed class RockerSwitchFamilyTests
{
    [Fact]
    public void F6_02_02_names_its_buttons_for_application_style_2()
    {
        // 0x37: R1 = 1 (A0), EB = 1, R2 = 3 (B0), SA = 1; status 0x30 = T21 and NU: an N-message.
        var result = Decoded("F6-02-02", 0x37, status: 0x30);

        AssertField(result, "R1", 1, "Button A0: \"switch light off\" or \"Dim light down\" or \"Move blind closed\"");
        AssertField(result, "EB", 1, "pressed");
        AssertField(result, "R2", 3, "Button B0: “Switch light off” or “Dim light down” or \"Move blind closed”");
        AssertField(result, "SA", 1, "2nd action valid");
        Assert.Equal(
            new Dictionary<string, bool> { ["button_A0"] = true, ["button_AI"] = false, ["button_B0"] = true, ["button_BI"] = false, ["bowPushed"] = true },
            Booleans(result));
    }

    [Theory]
    [InlineData(0x30, "button_A0", "Button A0: Set the controller in automatic mode")]
    [InlineData(0x10, "button_AI", "Button A1: Set the controller in manually mode and toggles between switch light on and switch light off")]
    [InlineData(0x70, "button_B0", "Button B0: Dim light up")]
    [InlineData(0x50, "button_BI", "Button B1: Dim light down")]
    public void F6_02_03_holds_the_button_its_rocker_action_names(byte data, string held, string text)
    {
        var result = Decoded("F6-02-03", data, status: 0x30);

        AssertField(result, "RA", data, text);
        var booleans = Booleans(result);
        Assert.True(booleans[held]);
        Assert.True(booleans["bowPushed"]);
        Assert.Equal(1, booleans.Count(pair => pair.Value && pair.Key != "bowPushed"));
    }

    [Fact]
    public void F6_02_03_release_telegram_holds_nothing()
    {
        Assert.All(Booleans(Decoded("F6-02-03", 0x00, status: 0x20)).Values, Assert.False);
    }

    [Fact]
    public void F6_02_04_erp2_reports_each_button_in_its_own_bit()
    {
        // 0x85: EBO = 1, BC = 0 (button), RBI = 0, RB0 = 1, RAI = 0, RA0 = 1.
        var result = Decoded("F6-02-04", 0x85, status: 0x00);

        AssertField(result, "EBO", 1, "pressed");
        AssertField(result, "BC", 0, "button");
        AssertField(result, "RBI", 0, "not pressed");
        AssertField(result, "RB0", 1, "pressed");
        AssertField(result, "RAI", 0, "not pressed");
        AssertField(result, "RA0", 1, "pressed");
        Assert.Equal(
            new Dictionary<string, bool> { ["bowPushed"] = true, ["button_BI"] = false, ["button_B0"] = true, ["button_AI"] = false, ["button_A0"] = true },
            Booleans(result));
    }

    [Theory]
    [InlineData("F6-03-01", "Button C0: \"Switch light off\" or \"Dim light up\" or \"Move blind open\"", "Button DI: \"Switch light on\" or \"Dim light down\" or \"Move blind closed\"")]
    [InlineData("F6-03-02", "Button C0: \"Switch light off\" or \"Dim light down\" or \"Move blind closed\"", "Button DI: \"Switch light on\" or \"Dim light up\" or \"Move blind open\"")]
    public void F6_03_holds_the_two_buttons_of_an_n_message(string eep, string c0, string di)
    {
        // 0xBD: R1 = 5 (C0), EB = 1, R2 = 6 (DI), SA = 1; status 0x10 = T21 0, NU 1: a four-rocker N-message.
        var result = Decoded(eep, 0xBD, status: 0x10);

        AssertField(result, "R1", 5, c0);
        AssertField(result, "EB", 1, "pressed");
        AssertField(result, "R2", 6, di);
        AssertField(result, "SA", 1, "2nd action valid");
        var booleans = Booleans(result);
        Assert.Equal(9, booleans.Count);
        Assert.Equal(["bowPushed", "button_C0", "button_DI"], booleans.Where(pair => pair.Value).Select(pair => pair.Key).Order());
    }

    [Fact]
    public void F6_03_u_message_counts_buttons_without_naming_them()
    {
        // 0x50: R1 = 2 (3 buttons), EB = 1; status 0x00: T21 0, NU 0.
        var result = Decoded("F6-03-01", 0x50, status: 0x00);

        AssertField(result, "R1", 2, "3 buttons pressed");
        AssertField(result, "EB", 1, "pressed");
        Assert.Equal(new Dictionary<string, bool> { ["bowPushed"] = true }, Booleans(result));
    }

    [Fact]
    public void F6_03_refuses_a_two_rocker_telegram()
    {
        Assert.Equal(EnOceanErrorCode.NoMatchingCase, EepDecoder.DecodeData("F6-03-01", [0x30], 0x30).Error);
    }

    private static EepDecodeResult Decoded(string eep, byte data, byte status)
    {
        var result = EepDecoder.DecodeData(eep, [data], status);
        Assert.True(result.IsSuccess, result.Error?.ToCode());
        return result;
    }

    private static void AssertField(EepDecodeResult result, string shortcut, long raw, string text)
    {
        var field = result.FindField(shortcut);
        Assert.NotNull(field);
        Assert.Equal(raw, field.Value.Raw);
        Assert.Equal(raw, field.Value.Value);
        Assert.Equal(text, field.Value.Description);
    }

    private static Dictionary<string, bool> Booleans(EepDecodeResult result) =>
        result.Resources.ToDictionary(value => value.Resource.Name, value => value.Boolean!.Value);
}

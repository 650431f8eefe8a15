using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

/// <summary>
/// How F6-02-01 telegrams set the family profile's resources. Data byte: R1 bits 7..5, EB bit 4,
/// R2 bits 3..1, SA bit 0; R1/R2 0 = AI, 1 = A0, 2 = BI, 3 = B0. Status 0x30 is an N-message,
/// 0x20 a U-message.
/// </summary>
public sealed class RockerSwitchResourceTests
{
    private const byte NMessage = 0x30;
    private const byte UMessage = 0x20;

    [Theory]
    [InlineData(0x10, false, true, false, false)] // AI pressed
    [InlineData(0x30, true, false, false, false)] // A0 pressed
    [InlineData(0x50, false, false, false, true)] // BI pressed
    [InlineData(0x70, false, false, true, false)] // B0 pressed
    [InlineData(0x37, true, false, true, false)] // A0 pressed, 2nd action B0
    [InlineData(0x15, false, true, false, true)] // AI pressed, 2nd action BI
    [InlineData(0x16, false, true, false, false)] // R2 names B0 but SA = 0: no 2nd action
    public void An_n_message_with_the_bow_pressed_holds_the_buttons_it_names(byte data, bool a0, bool ai, bool b0, bool bi)
    {
        var resources = Resources(data, NMessage);

        Assert.Equal(
            new Dictionary<string, bool> { ["button_A0"] = a0, ["button_AI"] = ai, ["button_B0"] = b0, ["button_BI"] = bi, ["bowPushed"] = true },
            resources);
    }

    [Fact]
    public void An_n_message_with_the_bow_released_holds_no_button()
    {
        // 0x21: R1 = A0, EB = 0, R2 = AI, SA = 1.
        Assert.All(Resources(0x21, NMessage).Values, Assert.False);
    }

    [Theory]
    [InlineData(0x00)] // no button, bow released: the usual release telegram
    [InlineData(0x60)] // 3 or 4 buttons, bow released
    public void A_u_message_with_the_bow_released_holds_no_button(byte data)
    {
        var resources = Resources(data, UMessage);

        Assert.Equal(5, resources.Count);
        Assert.All(resources.Values, Assert.False);
    }

    [Fact]
    public void A_u_message_of_the_bow_pressed_with_no_button_holds_none()
    {
        Assert.Equal(
            new Dictionary<string, bool> { ["button_A0"] = false, ["button_AI"] = false, ["button_B0"] = false, ["button_BI"] = false, ["bowPushed"] = true },
            Resources(0x10, UMessage));
    }

    [Fact]
    public void A_u_message_of_3_or_4_buttons_pressed_says_nothing_about_single_buttons()
    {
        Assert.Equal(new Dictionary<string, bool> { ["bowPushed"] = true }, Resources(0x70, UMessage));
    }

    private static Dictionary<string, bool> Resources(byte data, byte status)
    {
        var result = EepDecoder.DecodeData("F6-02-01", [data], status);
        Assert.True(result.IsSuccess, result.Error?.ToCode());
        return result.Resources.ToDictionary(value => value.Resource.Name, value => value.Boolean ?? throw new InvalidOperationException($"{value.Resource.Name} is not a bool"));
    }
}

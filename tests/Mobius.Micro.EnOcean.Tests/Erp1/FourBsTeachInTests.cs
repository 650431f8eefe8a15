using Mobius.Micro.EnOcean.Erp1;

namespace Mobius.Micro.EnOcean.Tests.Erp1;

public sealed class FourBsTeachInTests
{
    [Fact]
    public void Reads_func_type_and_manufacturer_of_a_variant_2_teach_in()
    {
        // DB3..DB0 = 40 30 02 87: FUNC 0x10, TYPE 0x06, manufacturer 0x002 (Thermokon), LRN type 1.
        var telegram = RawErp1("A540300287FFD9B7E500");

        Assert.True(FourBsTeachIn.TryRead(telegram, out var teachIn));

        Assert.Equal(0x10, teachIn.Func);
        Assert.Equal(0x06, teachIn.Type);
        Assert.Equal(0x002, teachIn.ManufacturerId);
        Assert.Equal("A5-10-06", teachIn.Eep);
    }

    [Fact]
    public void A_variant_1_teach_in_is_a_teach_in_without_an_eep()
    {
        var telegram = RawErp1("A500000000FFD9B7E500");

        Assert.True(telegram.IsTeachIn);
        Assert.False(FourBsTeachIn.TryRead(telegram, out _));
    }

    [Fact]
    public void A_data_telegram_is_no_teach_in()
    {
        Assert.False(FourBsTeachIn.TryRead(RawErp1("A50071870A01879DE600"), out _));
    }

    private static Erp1Telegram RawErp1(string hex)
    {
        Assert.True(Erp1TelegramParser.TryParse(TestHex.Bytes(hex), ReadOnlyMemory<byte>.Empty, out var telegram, out _));
        return telegram;
    }
}

using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

public sealed class EepDecoderTests
{
    [Fact]
    public void Decodes_the_a5_04_01_example()
    {
        var telegram = Erp1FromPacket("55000A0701EBA50071870A01879DE60001FFFFFFFF410074");

        var result = EepDecoder.Decode("A5-04-01", telegram);

        Assert.True(result.IsSuccess);
        Assert.False(result.IsTeachIn);
        Assert.Equal("01879DE6", telegram.SenderId);
        Assert.Equal(-65, telegram.Dbm);

        // HUM raw 0x71 = 113 → 113 × 100 / 250 = 45.2 %; TMP raw 0x87 = 135 → 135 × 40 / 250 = 21.6 °C.
        var humidity = Field(result, "HUM");
        Assert.Equal(113, humidity.Raw);
        Assert.Equal(45.2, humidity.Value, 9);
        Assert.Equal("%", humidity.Unit);
        var temperature = Field(result, "TMP");
        Assert.Equal(135, temperature.Raw);
        Assert.Equal(21.6, temperature.Value, 9);
        Assert.Equal("°C", temperature.Unit);
        var sensor = Field(result, "TSN");
        Assert.Equal(1, sensor.Raw);
        Assert.Equal(1, sensor.Value);
        Assert.Equal("available", sensor.Description);
        Assert.Equal("42", sensor.Resource?.Rid);

        Assert.Equal(
            [("40", "humidity", (double?)45.2, (bool?)null), ("41", "temperature", 21.6, null), ("42", "hasTemperatureSensor", null, true)],
            result.Resources.Select(value => (value.Resource.Rid, value.Resource.Name, Rounded(value.Number), value.Boolean)));
    }

    [Theory]
    [InlineData(0xFF, 0.0)]
    [InlineData(0x00, 40.0)]
    [InlineData(0x80, 40.0 * (255 - 128) / 255)] // the scale runs downwards: raw 255..0 is 0..40 °C
    public void Decodes_a5_02_05_on_its_inverted_scale(byte raw, double expected)
    {
        var result = EepDecoder.DecodeData("A5-02-05", [0x00, 0x00, raw, 0x08], status: 0);

        Assert.Equal(expected, Field(result, "TMP").Value, 9);
    }

    [Fact]
    public void Reports_a_teach_in_telegram_as_teach_in_with_the_eep_it_announces()
    {
        // A5-02-05 teach-in: FUNC 0x02, TYPE 0x05, manufacturer 0, LRN type 1, LRN bit 0.
        var telegram = RawErp1("A50828008001A5020500");

        var result = EepDecoder.Decode("A5-02-05", telegram);

        Assert.True(result.IsSuccess);
        Assert.True(result.IsTeachIn);
        Assert.Equal("A5-02-05", result.FourBsTeachIn?.Eep);
        Assert.Empty(result.Fields);
        Assert.Empty(result.Resources);
    }

    [Fact]
    public void Reports_a_ute_telegram_as_teach_in()
    {
        var result = EepDecoder.Decode("D5-00-01", RawErp1("D440FF0B004114D20414155980"));

        Assert.True(result.IsTeachIn);
        Assert.Equal("D2-14-41", result.UteTeachIn?.Eep);
        Assert.Null(result.FourBsTeachIn);
    }

    [Fact]
    public void A_bare_payload_is_data_even_with_learn_bit_0()
    {
        // The caller says it is data: CO = 1 (closed), LRN = 0 (learn button pressed).
        var result = EepDecoder.DecodeData("D5-00-01", [0x01], status: 0);

        Assert.False(result.IsTeachIn);
        Assert.Equal("closed", Field(result, "CO").Description);
        Assert.Equal("pressed", Field(result, "LRN").Description);
        Assert.Equal([ResourceValue.Of(EepResource.Bool("40", "contact"), true)], result.Resources);
    }

    [Fact]
    public void Refuses_a_telegram_of_another_rorg()
    {
        var result = EepDecoder.Decode("A5-04-01", RawErp1("F630FEF7D96E30"));

        Assert.Equal(EnOceanErrorCode.RorgMismatch, result.Error);
    }

    [Fact]
    public void Refuses_an_eep_the_catalog_does_not_have()
    {
        Assert.Equal(EnOceanErrorCode.UnknownEep, EepDecoder.Decode("A5-99-01", RawErp1("A50071870A01879DE600")).Error);
        Assert.Equal(EnOceanErrorCode.UnknownEep, EepDecoder.DecodeData("A5-99-01", [0x00], 0).Error);
    }

    [Fact]
    public void Refuses_a_payload_shorter_than_the_fields()
    {
        var result = EepDecoder.DecodeData("A5-04-01", [0x00, 0x71, 0x87], status: 0);

        Assert.Equal(EnOceanErrorCode.PayloadTooShort, result.Error);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Refuses_a_telegram_no_case_applies_to()
    {
        // F6-02-01 has cases for T21 = 1 only.
        var result = EepDecoder.DecodeData("F6-02-01", [0x30], status: 0x00);

        Assert.Equal(EnOceanErrorCode.NoMatchingCase, result.Error);
    }

    private static DecodedField Field(EepDecodeResult result, string shortcut)
    {
        Assert.True(result.IsSuccess, result.Error?.ToCode());
        var field = result.FindField(shortcut);
        Assert.NotNull(field);
        return field.Value;
    }

    private static double? Rounded(double? value) => value is { } number ? Math.Round(number, 9) : null;

    private static Erp1Telegram Erp1FromPacket(string hex)
    {
        Assert.True(Esp3PacketParser.TryParse(TestHex.Bytes(hex), out var packet, out _));
        Assert.True(Erp1TelegramParser.TryParse(packet, out var telegram, out _));
        return telegram;
    }

    private static Erp1Telegram RawErp1(string hex)
    {
        Assert.True(Erp1TelegramParser.TryParse(TestHex.Bytes(hex), ReadOnlyMemory<byte>.Empty, out var telegram, out _));
        return telegram;
    }
}

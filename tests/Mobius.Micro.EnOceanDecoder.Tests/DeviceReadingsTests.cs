using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.EnOceanDecoder.Telegrams;

namespace Mobius.Micro.EnOceanDecoder.Tests;

/// <summary>From a decoded telegram to the values of its device object (object-model spec: 0C..0E, data from 40).</summary>
public sealed class DeviceReadingsTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_specification_example_fills_status_dbm_learn_bit_and_the_eep_resources()
    {
        // connector-protocol.md: A5-04-01 from 01879DE6, humidity 45.2 %, temperature 21.6 °C, -65 dBm.
        var readings = Decode("55000A0701EBA50071870A01879DE60001FFFFFFFF410074", "A5-04-01");

        Assert.Equal("000001/022/0102/0001", readings.ObjectUri);
        Assert.Equal(ReceivedAt, readings.ObservedAt);
        var values = readings.Values.ToDictionary(value => value.Rid);
        Assert.Equal(0, values["0C"].Number);
        Assert.Equal(-65, values["0D"].Number);
        Assert.False(values["0E"].Boolean);
        Assert.Equal(45.2, values["40"].Number!.Value, precision: 6);
        Assert.Equal(21.6, values["41"].Number!.Value, precision: 6);
        Assert.True(values["42"].Boolean);
    }

    [Fact]
    public void A_teach_in_telegram_reports_its_learn_bit_and_no_data()
    {
        // 4BS teach-in (DB0.3 = 0) variant 2 for A5-04-01: func 0x04, type 0x01, manufacturer 0x7FF.
        byte[] radio = [0xA5, 0x10, 0x0F, 0xFF, 0x80, 0x01, 0x87, 0x9D, 0xE6, 0x00];
        var readings = Decode(Convert.ToHexString(Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, radio, [])), "A5-04-01");

        var values = readings.Values.ToDictionary(value => value.Rid);
        Assert.True(values["0E"].Boolean);
        Assert.DoesNotContain("40", values.Keys);
        Assert.DoesNotContain("0D", values.Keys);
    }

    [Fact]
    public void An_enum_resource_reports_the_member_name_as_text()
    {
        // A5-10-01 (V233): FAN raw 255 "Stage Auto", SP 0, TMP raw 0 → 40 °C, OCC 0 "Button pressed".
        var readings = Decode("55000A0701EBA5FF00000801A510010000FFFFFFFF29004F", "A5-10-01", "000001/022/012E/0001");

        var values = readings.Values.ToDictionary(value => value.Rid);
        Assert.Equal("stageAuto", values["40"].Text);
        Assert.Null(values["40"].Number);
        Assert.Equal(0, values["41"].Number);
        Assert.Equal(40, values["42"].Number);
        Assert.True(values["43"].Boolean);
    }

    private static ObjectValuesReported Decode(string esp3Hex, string eep, string objectUri = "000001/022/0102/0001")
    {
        Assert.True(Esp3PacketParser.TryParse(Convert.FromHexString(esp3Hex), out var packet, out _));
        Assert.True(Erp1TelegramParser.TryParse(packet, out var telegram, out _));
        return DeviceReadings.From(objectUri, ReceivedAt, telegram, EepDecoder.Decode(eep, telegram));
    }
}

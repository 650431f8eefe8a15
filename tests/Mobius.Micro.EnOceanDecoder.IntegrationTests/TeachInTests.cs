using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Esp3;
using Mobius.Micro.Testing;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>
/// Unknown senders teaching in: an event for each, a device object of the announced profile with no
/// human step (auto-provisioning is on), readings once it exists, and the UTE response a
/// bidirectional query asks for as a downlink request to the connector that heard it.
/// </summary>
[Collection(EnOceanStackCollection.Name)]
public sealed class TeachInTests(EnOceanStackFixture stack)
{
    [Fact]
    public async Task A_4bs_teach_in_provisions_a_device_object_that_then_takes_readings()
    {
        const uint senderId = 0x0CE00001;
        using var api = await stack.LoggedInApiAsync();
        var (connector, connectorUri) = await stack.ConnectorAsync(api, "MF_CE0001");
        await using var _ = connector;

        // A5-02-05 teach-in, variant 2: FUNC 0x02, TYPE 0x05, manufacturer 0x00B (EnOcean GmbH), DB0 0x80.
        await connector.SendEnOceanAsync(Telegrams.Radio(Rorg.FourBs, "08280B80", senderId));

        var teachIn = Assert.Single(await stack.Watcher.TeachIns.WaitForAsync(message => message.SenderId == "0CE00001"));
        Assert.Equal(("4BS", "A5-02-05", 0x00B, true, null, connectorUri), (teachIn.Kind, teachIn.Eep, teachIn.ManufacturerId, teachIn.EepSupported, teachIn.ObjectUri, teachIn.ConnectorUri));
        var request = Assert.Single(await stack.Watcher.Provisioning.WaitForAsync(message => message.Configuration.Any(value => value.Text == "0CE00001")));
        Assert.Equal(("000001", "022", "0101", "teach-in"), (request.Hid, request.Sid, request.Pid, request.Reason));
        Assert.Equal([("0A", "A5-02-05"), ("0B", "0CE00001")], request.Configuration.Select(value => (value.Rid, value.Text!)));

        // Once the object store created the object, data from the sender lands in it: raw 0x80 → 40 × 127 / 255 °C.
        await Waiting.UntilAsync(async () =>
        {
            await connector.SendEnOceanAsync(Telegrams.Radio(Rorg.FourBs, "00008008", senderId));
            await Task.Delay(500);
            return stack.Watcher.Readings.Where(reading => reading.ObjectUri.StartsWith("000001/022/0101/", StringComparison.Ordinal)
                && reading.Values.Any(value => value.Rid == "40")).Count > 0;
        }, "a reading for the provisioned object");
        var reading = stack.Watcher.Readings.Where(reading => reading.ObjectUri.StartsWith("000001/022/0101/", StringComparison.Ordinal) && reading.Values.Any(value => value.Rid == "40"))[0];
        Assert.Equal(40.0 * 127 / 255, reading.Values.Single(value => value.Rid == "40").Number!.Value, 9);
        var device = await api.GetObjectAsync(reading.ObjectUri[(StackFixture.HubId.Length + 1)..]);
        Assert.Equal("0CE00001", device.ResourceNamed("uid")["pv"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bidirectional_ute_query_is_answered_through_the_connector_that_heard_it()
    {
        const uint senderId = 0x0CE00002;
        using var api = await stack.LoggedInApiAsync();
        var (connector, connectorUri) = await stack.ConnectorAsync(api, "MF_CE0002");
        await using var connected = connector;

        // UTE query: DB6 0xA0 (bidirectional, response expected, teach-in), all channels, manufacturer 0x046, D2-01-12.
        await connector.SendEnOceanAsync(Telegrams.Radio(Rorg.Ute, "A0FF460012 01 D2".Replace(" ", "", StringComparison.Ordinal), senderId));

        var downlink = Assert.Single(await stack.Watcher.Downlinks.WaitForAsync(message => message.ConnectorUri == connectorUri));
        // RADIO_ERP1 raw data: header (13 data bytes, 7 optional, type 1), D4 + response (DB6 0x91: bidirectional,
        // accepted, command 1) + the query's DB5..DB0, the transmitter id, status 0; sent to the device with 3 sub-telegrams.
        Assert.Equal("000D0701" + "D491FF46001201D2" + EnOceanStackFixture.TransmitterId + "00" + "030CE00002FF00", Convert.ToHexString(downlink.RawData));
        var packet = Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, downlink.RawData.AsSpan(4, 13), downlink.RawData.AsSpan(17));

        // The gateway signs it into a down message to that connector: the complete ESP3 packet, sync byte and CRCs added.
        var down = await connector.NextDownlinkAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(downlink.DownlinkId, down["id"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexString(packet), down["data"]!.GetValue<string>());
        await connector.SendAckAsync(downlink.DownlinkId, ok: true);
        var teachIn = Assert.Single(await stack.Watcher.TeachIns.WaitForAsync(message => message.SenderId == "0CE00002"));
        Assert.Equal(("UTE", "D2-01-12", true), (teachIn.Kind, teachIn.Eep, teachIn.Bidirectional));
        var request = Assert.Single(await stack.Watcher.Provisioning.WaitForAsync(message => message.Configuration.Any(value => value.Text == "0CE00002")));
        Assert.Equal("D2-01-12", request.Configuration.Single(value => value.Rid == "0A").Text);
    }
}

using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// <c>SendEnOceanDownlink</c> on the bus (what the Engine API's <c>ENOCEAN_RADIO_TX</c> sends) →
/// validated → ESP3 with sync and CRCs → signed <c>down</c> to the connector → its <c>ack</c> answers.
/// </summary>
[Collection(GatewayStackCollection.Name)]
public sealed class DownlinkTests(GatewayStack stack) : IAsyncLifetime
{
    // An RPS telegram (F6, data 0x30, sender FFFFFFFF... as the spec's rawData example): header, data, optional data.
    private static readonly byte[] RawData = [0x00, 0x07, 0x07, 0x01, 0xF6, 0x30, 0xFF, 0xAB, 0xCD, 0xEF, 0x30, 0x03, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00];
    private IBusControl _bus = null!;

    public async Task InitializeAsync()
    {
        var (username, password) = TestInfrastructure.RabbitMqCredentials;
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(stack.Bus.Host, (ushort)stack.Bus.Port, stack.Bus.VirtualHost, host =>
        {
            host.Username(username);
            host.Password(password);
        }));
        await _bus.StartAsync();
    }

    public Task DisposeAsync() => _bus.StopAsync();

    [Fact]
    public async Task A_downlink_reaches_the_connector_signed_and_framed_and_its_ack_completes_it()
    {
        await using var site = await stack.RegisterAsync();
        await site.Connector.SendStatusAsync(online: true, "EnOcean");
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(site.Connector.Serial, "online"), online => online == "1", "the connector going online");
        var downlinkId = Guid.NewGuid().ToString();

        var outcome = SendAsync(downlinkId, site.ConnectorPath, RawData);
        var down = await site.Connector.NextDownlinkAsync(TimeSpan.FromSeconds(10));
        await site.Connector.SendAckAsync(down["id"]!.GetValue<string>(), ok: true);

        Assert.Equal(DownlinkStatus.Acknowledged, (await outcome).Status);
        Assert.Equal(downlinkId, down["id"]!.GetValue<string>());
        Assert.Equal("down", down["typ"]!.GetValue<string>());
        Assert.Equal(site.Connector.Serial, down["sn"]!.GetValue<string>());
        Assert.Equal("enocean", down["mod"]!.GetValue<string>());
        // Sync, the header and its CRC8 (0x7A for 00 07 07 01, as in the ESP3 specification), the body and its CRC8.
        Assert.Equal("55000707017A" + Convert.ToHexString(RawData[4..]) + Crc8Hex(RawData[4..]), down["data"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_negative_ack_is_a_failed_downlink_with_the_connectors_error()
    {
        await using var site = await stack.RegisterAsync();
        await site.Connector.SendStatusAsync(online: true, "EnOcean");
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(site.Connector.Serial, "online"), online => online == "1", "the connector going online");

        var outcome = SendAsync(Guid.NewGuid().ToString(), site.ConnectorPath, RawData);
        var down = await site.Connector.NextDownlinkAsync(TimeSpan.FromSeconds(10));
        await site.Connector.SendAckAsync(down["id"]!.GetValue<string>(), ok: false, error: "radio busy");

        var failed = await outcome;
        Assert.Equal(DownlinkStatus.Failed, failed.Status);
        Assert.Equal("radio busy", failed.Error);
    }

    [Fact]
    public async Task A_connector_that_never_acknowledges_times_out()
    {
        await using var site = await stack.RegisterAsync();
        await site.Connector.SendStatusAsync(online: true, "EnOcean");
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(site.Connector.Serial, "online"), online => online == "1", "the connector going online");

        var outcome = await SendAsync(Guid.NewGuid().ToString(), site.ConnectorPath, RawData);

        Assert.Equal(DownlinkStatus.TimedOut, outcome.Status);
        Assert.Equal("ack_timeout", outcome.Error);
    }

    [Fact]
    public async Task Downlinks_that_cannot_be_sent_are_refused_with_the_reason()
    {
        await using var workOccOnly = await stack.RegisterAsync();
        await workOccOnly.Connector.SendStatusAsync(online: true, "WorkOcc");
        await using var offline = await stack.RegisterAsync();
        await offline.Connector.SendStatusAsync(online: false, "EnOcean");
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(offline.Connector.Serial, "online"), online => online == "0", "the offline status arriving");
        await Eventually.HoldsAsync(() => stack.LiveStatusAsync(workOccOnly.Connector.Serial, "online"), online => online == "1", "the WorkOcc-only connector going online");

        Assert.Equal("invalid_packet", (await SendAsync(Guid.NewGuid().ToString(), workOccOnly.ConnectorPath, [0x00, 0x09, 0x00, 0x01, 0xF6])).Error);
        Assert.Equal("connector_unknown", (await SendAsync(Guid.NewGuid().ToString(), "021/FFC0/0F0F", RawData)).Error);
        Assert.Equal("connector_offline", (await SendAsync(Guid.NewGuid().ToString(), offline.ConnectorPath, RawData)).Error);
        Assert.Equal("no_enocean_module", (await SendAsync(Guid.NewGuid().ToString(), workOccOnly.ConnectorPath, RawData)).Error);
    }

    private async Task<EnOceanDownlinkOutcome> SendAsync(string downlinkId, string connectorPath, byte[] rawData)
    {
        var client = _bus.CreateRequestClient<SendEnOceanDownlink>(RequestTimeout.After(s: 20));
        var response = await client.GetResponse<EnOceanDownlinkOutcome>(new SendEnOceanDownlink
        {
            DownlinkId = downlinkId,
            ConnectorUri = $"{StackFixture.HubId}/{connectorPath}",
            RawData = rawData,
        });
        return response.Message;
    }

    /// <summary>ESP3's CRC8 (polynomial 0x07, initial 0), written from the specification for the test.</summary>
    private static string Crc8Hex(byte[] bytes)
    {
        byte crc = 0;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (byte)((crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1);
            }
        }

        return crc.ToString("X2");
    }
}

using Mobius.Micro.Testing;

namespace Mobius.Micro.Observability.Tests.Tracing;

/// <summary>
/// A telegram's whole way, connector → Mosquitto → gateway → RabbitMQ → EnOcean decoder → RabbitMQ →
/// object store, is one trace: the four services run as processes and export to an in-test OTLP
/// receiver, and the test follows the parent links of the spans it got back. Whatever carries the
/// telegram between the services, the object store's <c>store write</c> must lead back to the
/// gateway's <c>mqtt receive</c>.
/// </summary>
public sealed class OneTracePerTelegramTests(TracedStackFixture stack) : IClassFixture<TracedStackFixture>
{
    private const string Psk = "tracing pre-shared key";
    private const string Gateway = "Mobius.Micro.ConnectorGateway";
    private const string Decoder = "Mobius.Micro.EnOceanDecoder";
    private const string ObjectStore = "Mobius.Micro.ObjectStore";
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task One_trace_id_spans_gateway_decoder_and_object_store_for_one_telegram()
    {
        var (connector, devicePath) = await RegisterConnectorAndSensorAsync("MF_7C0001", senderId: 0x01A1B1C1);
        await using var _ = connector;

        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x01A1B1C1, humidityRaw: 113, temperatureRaw: 135));

        var chain = await ChainFromStoreWriteAsync(devicePath);
        var root = chain[^1];
        Assert.Equal((Gateway, "mqtt receive", ""), (root.Service, root.Name, root.ParentSpanId));
        Assert.Contains(chain, span => span is { Service: Gateway, Name: "publish" });
        Assert.Contains(chain, span => span is { Service: Decoder, Name: "decode" });
        Assert.Equal((ObjectStore, "store write"), (chain[0].Service, chain[0].Name));
        Assert.All(chain, span => Assert.Equal(root.TraceId, span.TraceId));
        Assert.Contains(stack.Receiver.Spans, span => span is { Service: Gateway, Name: "verify" } && span.TraceId == root.TraceId && span.ParentSpanId == root.SpanId);
    }

    [Fact]
    public async Task A_connector_sent_traceparent_becomes_the_parent_of_the_gateway_receive()
    {
        var (connector, devicePath) = await RegisterConnectorAndSensorAsync("MF_7C0002", senderId: 0x02A2B2C2);
        await using var _ = connector;
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var connectorSpanId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8]);

        await connector.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x02A2B2C2, humidityRaw: 100, temperatureRaw: 100), traceParent: $"00-{traceId}-{connectorSpanId}-01");

        var chain = await ChainFromStoreWriteAsync(devicePath);
        var receive = chain[^1];
        Assert.Equal((Gateway, "mqtt receive"), (receive.Service, receive.Name));
        Assert.Equal(traceId, receive.TraceId);
        Assert.Equal(connectorSpanId, receive.ParentSpanId);
        Assert.All(chain, span => Assert.Equal(traceId, span.TraceId));
    }

    /// <summary>
    /// The object store's <c>store write</c> of the device's values, then its parent, its parent's
    /// parent... up to the span whose parent is not among the received ones (the trace's first span,
    /// or the connector's span outside the stack). Waits for spans still on their way.
    /// </summary>
    private async Task<List<ReceivedSpan>> ChainFromStoreWriteAsync(string devicePath)
    {
        var storeWrite = await stack.Receiver.WaitForSpanAsync(
            span => span.Name == "store write" && span.Attributes.GetValueOrDefault("mobius.object_uri", "").EndsWith(devicePath, StringComparison.Ordinal),
            ArrivalTimeout);
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (true)
        {
            var chain = new List<ReceivedSpan> { storeWrite };
            while (stack.Receiver.Spans.FirstOrDefault(span => span.TraceId == storeWrite.TraceId && span.SpanId == chain[^1].ParentSpanId) is { } parent)
            {
                chain.Add(parent);
            }

            if (chain[^1] is { Service: Gateway, Name: "mqtt receive" })
            {
                return chain;
            }

            Assert.True(
                DateTime.UtcNow < deadline,
                $"the store write's ancestors end at {chain[^1].Service}:{chain[^1].Name}: {string.Join(" <- ", chain.Select(span => $"{span.Service}:{span.Name}"))}");
            await Task.Delay(100);
        }
    }

    private async Task<(TestConnector Connector, string DevicePath)> RegisterConnectorAndSensorAsync(string serial, uint senderId)
    {
        using var api = await stack.ApiAsync();
        await api.CreateObjectAsync("021/FFC0", ("0B", serial), ("0C", Psk));
        var ins = await api.CreateObjectAsync("022/0102", ("0A", "A5-04-01"), ("0B", senderId.ToString("X8")));
        var connector = new TestConnector(serial, Psk, stack.TopicPrefix);
        await connector.ConnectAsync();
        return (connector, $"022/0102/{ins}");
    }
}

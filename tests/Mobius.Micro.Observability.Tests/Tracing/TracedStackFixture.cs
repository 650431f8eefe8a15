using Mobius.Micro.Testing;

namespace Mobius.Micro.Observability.Tests.Tracing;

/// <summary>The whole stack as processes, every service exporting its spans over OTLP/HTTP to <see cref="Receiver"/>.</summary>
public sealed class TracedStackFixture : StackFixture
{
    public OtlpReceiver Receiver { get; } = new();

    protected override IReadOnlyDictionary<string, string> ServiceSettings => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Receiver.Endpoint.ToString(),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        // Export spans a fifth of a second after they end instead of five seconds.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
    };

    public override async Task InitializeAsync()
    {
        await Receiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

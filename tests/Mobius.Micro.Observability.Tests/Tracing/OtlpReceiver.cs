using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Observability.Tests.Tracing;

/// <summary>
/// An OTLP/HTTP endpoint on a free loopback port that keeps every span the services export
/// (<c>/v1/traces</c>) and accepts and drops their metrics and logs.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly WebApplication _app;

    public OtlpReceiver()
    {
        Endpoint = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Endpoint.ToString());
        _app = builder.Build();
        _app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            foreach (var span in OtlpTraceDecoder.Decode(body.ToArray()))
            {
                _spans.Enqueue(span);
            }

            return Results.Bytes([], "application/x-protobuf");
        });
        _app.MapPost("/v1/metrics", () => Results.Bytes([], "application/x-protobuf"));
        _app.MapPost("/v1/logs", () => Results.Bytes([], "application/x-protobuf"));
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    public Task StartAsync() => _app.StartAsync();

    /// <summary>Waits until a span matching <paramref name="match"/> has arrived.</summary>
    public async Task<ReceivedSpan> WaitForSpanAsync(Func<ReceivedSpan, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_spans.FirstOrDefault(match) is { } span)
            {
                return span;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no such span within {timeout.TotalSeconds} s; received: {string.Join(", ", _spans.Select(s => $"{s.Service}:{s.Name}").Distinct())}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

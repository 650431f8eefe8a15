using Mobius.Micro.Testing;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Stack;

/// <summary>A connector with a WorkOcc module: <c>up</c> messages with <c>mod:"workocc"</c>, signed from the specification by <see cref="TestConnector"/>.</summary>
public sealed class WorkOccConnector(string serial, string psk, string topicPrefix) : IAsyncDisposable
{
    private readonly TestConnector _connector = new(serial, psk, topicPrefix);

    public string Serial => serial;

    public Task ConnectAsync() => _connector.ConnectAsync();

    public Task SendAsync(string frameHex, int rssi = -60) =>
        _connector.PublishRawAsync("up", _connector.Sign(_connector.Claims("up", new() { ["mod"] = "workocc", ["data"] = frameHex, ["rssi"] = rssi })));

    public ValueTask DisposeAsync() => _connector.DisposeAsync();
}

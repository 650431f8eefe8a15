using System.Net;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>Objects the tests create, each at a fresh instance.</summary>
public static class TestObjects
{
    public const string NumericValues = "000001/020/0002";
    public const string StringValues = "000001/020/0003";
    public const string BoolValues = "000001/020/0004";

    /// <summary>A <c>numericValue</c>; <paramref name="settings"/> configures its resource <c>40</c> (e.g. <c>{"pv":5,"max":100}</c>).</summary>
    public static Task<string> NumericAsync(EngineApi api, JsonObject? settings = null) => CreateAsync(api, NumericValues, settings);

    public static Task<string> StringAsync(EngineApi api, JsonObject? settings = null) => CreateAsync(api, StringValues, settings);

    public static Task<string> BoolAsync(EngineApi api, JsonObject? settings = null) => CreateAsync(api, BoolValues, settings);

    /// <summary>A connector with a fresh serial and PSK; answers its URI, serial and PSK.</summary>
    public static async Task<(string Uri, string Serial, string Psk)> ConnectorAsync(EngineApi api)
    {
        var (uri, serial, psk) = ($"000001/021/FFC0/{TestIds.Instance()}", TestIds.Serial(), TestIds.Psk());
        var created = await api.CreateObjectAsync(uri, ("0B", serial), ("0C", psk));
        Assert.True(created.Status == HttpStatusCode.OK, created.Body.ToJsonString());
        return (uri, serial, psk);
    }

    /// <summary>An EnOcean A5-04-01 device (PID 0102) with a fresh sender id; answers its URI.</summary>
    public static async Task<string> TemperatureHumiditySensorAsync(EngineApi api)
    {
        var uri = $"000001/022/0102/{TestIds.Instance()}";
        var created = await api.CreateObjectAsync(uri, ("0B", TestIds.SenderId()));
        Assert.True(created.Status == HttpStatusCode.OK, created.Body.ToJsonString());
        return uri;
    }

    private static async Task<string> CreateAsync(EngineApi api, string profileUri, JsonObject? settings)
    {
        var uri = $"{profileUri}/{TestIds.Instance()}";
        var body = settings is null ? "[]" : new JsonArray(new JsonObject { ["rid"] = "40", ["settings"] = settings }).ToJsonString();
        var created = await api.CreateObjectWithBodyAsync(uri, body);
        Assert.True(created.Status == HttpStatusCode.OK, created.Body.ToJsonString());
        return uri;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>
/// Random Engine API requests, mostly malformed: every route template with random segments
/// (valid, wrong length, wildcards, encoded slashes and NULs, SQL, very long), random methods and
/// query strings, and bodies that are random JSON (often with the names the endpoints look for),
/// broken JSON, deeply nested JSON, or not JSON at all.
/// </summary>
public sealed class RequestFuzzer(int seed, IReadOnlyList<string> knownUris)
{
    /// <summary>Each route with the method it takes (the fuzzer mostly uses that one, sometimes another).</summary>
    private static readonly (string Method, string Template)[] Templates =
    [
        ("POST", "/api/v1/auth/login"), ("POST", "/api/v1/auth/refresh"), ("POST", "/api/v1/auth/user"), ("GET", "/api/v1/auth/user/{x}"),
        ("GET", "/api/v1/auth/users"), ("GET", "/api/v1/auth/user/roles/{x}"), ("PATCH", "/api/v1/auth/user/roles/{x}"),
        ("PATCH", "/api/v1/auth/user/password/{x}"), ("DELETE", "/api/v1/auth/user/{x}"),
        ("GET", "/api/v1/mobius/discover/{hid}"), ("GET", "/api/v1/mobius/discover/{hid}/{sid}"), ("GET", "/api/v1/mobius/discover/{hid}/{sid}/{pid}"),
        ("GET", "/api/v1/mobius/discover/{hid}/{sid}/{pid}/{ins}"), ("GET", "/api/v1/mobius/discover/{hid}/{sid}/{pid}/{ins}/{rid}"),
        ("POST", "/api/v1/mobius/object/{hid}/{sid}/{pid}"), ("POST", "/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}"),
        ("GET", "/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}"), ("DELETE", "/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}"),
        ("GET", "/api/v1/mobius/object/resource/{hid}/{sid}/{pid}/{ins}/{rid}"),
        ("PATCH", "/api/v1/mobius/object/resource/{hid}/{sid}/{pid}/{ins}"), ("PATCH", "/api/v1/mobius/object/resource/{hid}/{sid}/{pid}/{ins}/{rid}"),
        ("PATCH", "/api/v1/mobius/object/resource/clear/{hid}/{sid}/{pid}/{ins}/{rid}"),
        ("GET", "/api/v1/mobius/object/config/{hid}/{sid}/{pid}/{ins}"), ("PATCH", "/api/v1/mobius/object/config/{hid}/{sid}/{pid}/{ins}"),
        ("POST", "/api/v1/mobius/object/clone/{hid}/{sid}/{pid}/{ins}"),
        ("GET", "/api/v1/mobius/service/config/{hid}/{sid}"), ("PATCH", "/api/v1/mobius/service/config/{hid}/{sid}"),
        ("POST", "/api/v1/mobius/service/start/{hid}/{sid}"), ("POST", "/api/v1/mobius/service/stop/{hid}/{sid}"), ("POST", "/api/v1/mobius/service/reload/{hid}/{sid}"),
        ("GET", "/api/v1/mobius/node/config/{hid}"), ("GET", "/api/v1/mobius/node/healthcheck/{hid}"), ("GET", "/api/v1/mobius/node/backup/{hid}"),
        ("POST", "/api/v1/mobius/node/restore/{hid}"), ("GET", "/api/v1/mobius/profile/object/{hid}"), ("GET", "/api/v1/mobius/profile/object/{hid}/{pid}"),
        ("GET", "/api/v1/mobius/profile/object/by-name/{hid}/{x}"), ("GET", "/api/v1/mobius/profile/command/{hid}"),
        ("POST", "/api/v1/mobius/command/{x}"), ("POST", "/api/v1/mobius/command/ENOCEAN_RADIO_TX"),
        ("GET", "/api/v1/mobius/history/{hid}/{sid}/{pid}/{ins}/{rid}"), ("GET", "/api/v1/mobius/subscribe/connect"), ("GET", "/api/v1/openapi.json"),
        ("GET", "/api/v1/{x}/{x}"), ("GET", "/{x}"), ("POST", "/api/v1/mobius/{x}/{x}/{x}"),
    ];

    private static readonly string[] Names =
    [
        "rid", "settings", "pv", "priority", "value", "r", "p", "v", "copies", "start", "ins", "rids", "username", "password",
        "roles", "admin", "read", "write", "connectorURI", "rawData", "name", "format", "version", "hid", "objects", "services",
        "uri", "prar", "sid", "state", "units", "min", "max", "maxlen", "tags", "refreshToken", "data", "secrets", "precision",
    ];

    private static readonly string[] Methods = ["GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "HEAD"];

    private readonly Random random = new(seed);

    public HttpRequestMessage Next(string? token)
    {
        var (method, template) = Pick(Templates);
        var request = new HttpRequestMessage(new HttpMethod(random.Next(5) == 0 ? Pick(Methods) : method), Path(template) + Query());
        if (random.Next(4) != 0)
        {
            var (text, mediaType) = Body();
            request.Content = new StringContent(text, Encoding.UTF8);
            request.Content.Headers.ContentType = mediaType is null ? null : new(mediaType);
        }

        var auth = random.Next(10);
        if (auth < 8 && token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        else if (auth == 8)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Pick(["Bearer", "Bearer x.y.z", "Basic Zm9vOmJhcg==", "Bearer " + new string('a', 5000)]));
        }

        return request;
    }

    private string Path(string template)
    {
        if (random.Next(5) == 0 && knownUris.Count > 0)
        {
            var parts = Pick(knownUris).Split('/');
            template = template
                .Replace("{hid}", parts[0], StringComparison.Ordinal).Replace("{sid}", parts[1], StringComparison.Ordinal)
                .Replace("{pid}", parts[2], StringComparison.Ordinal).Replace("{ins}", parts[3], StringComparison.Ordinal);
        }

        var path = new StringBuilder();
        foreach (var segment in template.Split('/').Skip(1))
        {
            path.Append('/').Append(segment switch
            {
                "{hid}" => Segment(6),
                "{sid}" => Segment(3),
                "{pid}" or "{ins}" => Segment(4),
                "{rid}" => Segment(2),
                "{x}" => Segment(random.Next(1, 12)),
                _ => segment,
            });
        }

        return path.ToString();
    }

    private string Segment(int length) => random.Next(14) switch
    {
        0 or 1 or 2 or 3 => Hex(length),
        4 => Hex(random.Next(0, 9)),
        5 => "+",
        6 => "%23",
        7 => "%2F" + Hex(length),
        8 => "%00",
        9 => Uri.EscapeDataString("' or 1=1 --"),
        10 => Uri.EscapeDataString("é日本😀"),
        11 => new string('F', random.Next(100, 3000)),
        12 => length == 6 ? "000001" : Hex(length).ToLowerInvariant(),
        _ => Uri.EscapeDataString(RandomText(random.Next(1, 20))),
    };

    private string Query() => random.Next(3) switch
    {
        0 => "",
        1 => $"?{Pick(["start", "end", "limit", "secrets", "x"])}={Uri.EscapeDataString(RandomText(random.Next(0, 30)))}",
        _ => $"?start={Pick(["2025-11-25T10:00:00Z", "yesterday", "", "9999-99-99T99:99:99Z"])}&end={Pick(["2025-11-26T10:00:00Z", "-1", "%00"])}&limit={Pick(["1", "0", "-5", "99999999999", "x"])}&secrets={Pick(["true", "false", "1"])}",
    };

    private (string Text, string? MediaType) Body() => random.Next(10) switch
    {
        0 => ("{\"rid\":", "application/json"),
        1 => (RandomText(random.Next(0, 200)), Pick([null, "text/plain", "application/json"])),
        2 => (new string('[', 200) + new string(']', 200), "application/json"),
        3 => ("", "application/json"),
        4 => ("{\"value\":1e400,\"priority\":1e10,\"copies\":-1e308}", "application/json"),
        _ => (Json(random.Next(1, 5))?.ToJsonString() ?? "null", random.Next(20) == 0 ? "application/xml" : "application/json"),
    };

    private JsonNode? Json(int depth) => random.Next(depth <= 0 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(Pick([0, 1, -1, 15, 16, 17, 255, 256, int.MaxValue, 0.5, -273.15, 1e300])),
        3 => JsonValue.Create(Pick(["", "000001/021/FFC0/0001", "MF_00BCC0", "********", "read", "2025-11-25T10:00:00.000Z", Hex(8), RandomText(20)])),
        4 => JsonValue.Create(new string('x', random.Next(1000, 20000))),
        5 => JsonValue.Create(Pick(knownUris.Count > 0 ? knownUris : ["000001"])),
        6 or 7 => new JsonObject(Enumerable.Range(0, random.Next(0, 6)).Select(_ => KeyValuePair.Create(Pick(Names), Json(depth - 1))).DistinctBy(entry => entry.Key)),
        _ => new JsonArray([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Json(depth - 1))]),
    };

    private string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => random.Next(16).ToString("X", CultureInfo.InvariantCulture)));

    private string RandomText(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(1, 0x2FF))]);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

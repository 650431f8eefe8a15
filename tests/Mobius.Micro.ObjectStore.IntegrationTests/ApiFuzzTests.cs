using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>
/// No request, however malformed, gets a 500 or a stack trace: thousands of random requests against
/// the real store, its built executable run as a process behind Kestrel (its own database and virtual
/// host, a few real objects to hit). <c>MOBIUS_FUZZ_SEED</c> replays a run, <c>MOBIUS_FUZZ_REQUESTS</c>
/// sets how many (default 2,000).
/// </summary>
public sealed partial class ApiFuzzTests(ObjectStoreProcess store, ITestOutputHelper output) : IClassFixture<ObjectStoreProcess>
{
    [Fact]
    public async Task Random_requests_never_get_a_500_or_a_stack_trace()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MOBIUS_FUZZ_SEED"), out var given) ? given : Random.Shared.Next();
        var count = int.TryParse(Environment.GetEnvironmentVariable("MOBIUS_FUZZ_REQUESTS"), out var requests) ? requests : 2_000;
        output.WriteLine($"MOBIUS_FUZZ_SEED={seed} MOBIUS_FUZZ_REQUESTS={count}");
        var admin = await store.AdminAsync();
        var (connector, _, _) = await TestObjects.ConnectorAsync(admin);
        string[] known = [connector, await TestObjects.NumericAsync(admin), await TestObjects.StringAsync(admin), await TestObjects.TemperatureHumiditySensorAsync(admin)];
        var fuzzer = new RequestFuzzer(seed, known);
        var statuses = new Dictionary<int, int>();
        var http = store.Anonymous().Http;

        for (var index = 0; index < count; index++)
        {
            using var request = fuzzer.Next(admin.Token);
            var described = $"#{index} {request.Method} {Shorten(request.RequestUri!.ToString())} (seed {seed})";
            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync();

            Assert.True(status is < 500 or 502 or 503 or 504, $"{described} answered {status}: {Shorten(text)}");
            Assert.False(StackTraceLine().IsMatch(text), $"{described} answered a stack trace: {Shorten(text)}");
            // Kestrel answers a request line it cannot parse (a NUL in the path, ...) with an empty 400 before the application sees it.
            if (request.Method != HttpMethod.Head && !(status == 400 && text.Length == 0))
            {
                Assert.True(IsEnvelopeOrDocument(text), $"{described} answered {status} without a JSON body: {Shorten(text)}");
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(entry => entry.Key).Select(entry => $"{entry.Key}: {entry.Value}")));
        ApiAssert.Ok(await admin.GetAsync("/api/v1/mobius/discover/000001"));
        Assert.False(store.HasExited, $"the object store exited:\n{store.Output}");
        Assert.DoesNotContain("EngineApiExceptionHandler", store.Output, StringComparison.Ordinal);
    }

    private static bool IsEnvelopeOrDocument(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject or JsonArray;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;

    [GeneratedRegex(@"\bat [\w.`<>]+\.[\w`<>]+\(")]
    private static partial Regex StackTraceLine();
}

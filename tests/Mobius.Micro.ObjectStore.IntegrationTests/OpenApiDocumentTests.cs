using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

namespace Mobius.Micro.ObjectStore.IntegrationTests;

/// <summary>
/// The OpenAPI document the store serves is the one checked into <c>docs/openapi/engine-api-v1.json</c>.
/// After changing the API, regenerate it: <c>MOBIUS_UPDATE_OPENAPI=1 dotnet test tests/Mobius.Micro.ObjectStore.IntegrationTests --filter OpenApiDocumentTests</c>.
/// </summary>
[Collection(ObjectStoreCollection.Name)]
public sealed class OpenApiDocumentTests(ObjectStoreFixture store)
{
    private const string CheckedIn = "docs/openapi/engine-api-v1.json";

    [Fact]
    public async Task The_served_document_equals_the_checked_in_one()
    {
        using var response = await store.Anonymous().Http.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var path = Path.Combine(RepositoryRoot(), CheckedIn);

        if (Environment.GetEnvironmentVariable("MOBIUS_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        Assert.True(File.Exists(path), $"{CheckedIn} is missing; generate it with MOBIUS_UPDATE_OPENAPI=1");
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(JsonNode.DeepEquals(checkedIn, served),
            $"the served OpenAPI document differs from {CheckedIn}; if the API change is meant, regenerate it with MOBIUS_UPDATE_OPENAPI=1 (see this test's summary)");
    }

    [Fact]
    public async Task The_document_names_every_endpoint_with_its_error_envelope()
    {
        using var response = await store.Anonymous().Http.GetAsync("/api/v1/openapi.json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var paths = document["paths"]!.AsObject().Select(path => path.Key).ToList();

        Assert.Equal("3.1.1", (string?)document["openapi"]);
        Assert.Contains("/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}", paths);
        Assert.Contains("/api/v1/mobius/command/{cid}", paths);
        Assert.Contains("/api/v1/mobius/subscribe/connect", paths);
        Assert.NotNull(document["components"]!["securitySchemes"]!["bearer"]);
        Assert.NotNull(document["paths"]!["/api/v1/mobius/object/{hid}/{sid}/{pid}/{ins}"]!["get"]!["responses"]!["404"]);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mobius.Micro.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Mobius.Micro.sln above {AppContext.BaseDirectory}");
    }
}

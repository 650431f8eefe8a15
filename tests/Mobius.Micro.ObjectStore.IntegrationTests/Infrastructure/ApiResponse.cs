using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>An Engine API answer: its status and JSON body.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonNode Body, HttpResponseMessage? Response = null)
{
    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(text);
        }
        catch (JsonException invalid)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: not JSON ({invalid.Message}): {text}");
        }

        return new ApiResponse(response.StatusCode, body ?? throw new InvalidOperationException($"{(int)response.StatusCode}: empty body"), response);
    }

    /// <summary>The <c>data</c> of a success envelope.</summary>
    public JsonNode Data => Body["data"] ?? throw new InvalidOperationException($"no data in {(int)Status} {Body.ToJsonString()}");

    public string? ErrorCode => (string?)Body["errorCode"];

    public string? Message => (string?)Body["message"];
}

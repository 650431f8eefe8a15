using System.Net;
using System.Text.Json.Nodes;

namespace Mobius.Micro.ObjectStore.IntegrationTests.Infrastructure;

/// <summary>An Engine API answer: its status and JSON body.</summary>
public sealed record ApiResponse(HttpStatusCode Status, JsonNode Body)
{
    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text) ?? throw new InvalidOperationException($"{(int)response.StatusCode}: empty body");
        return new ApiResponse(response.StatusCode, body);
    }

    /// <summary>The <c>data</c> of a success envelope.</summary>
    public JsonNode Data => Body["data"] ?? throw new InvalidOperationException($"no data in {Body.ToJsonString()}");

    public string? ErrorCode => (string?)Body["errorCode"];

    public string? Message => (string?)Body["message"];
}

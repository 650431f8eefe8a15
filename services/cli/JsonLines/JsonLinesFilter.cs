using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.JsonLines;

/// <summary>
/// The shape every <c>decode</c> command shares (decode-cli.md): one JSON object per input line,
/// one JSON object per output line in the same order, a bad line answered with an
/// <c>{"ok":false,...}</c> line and never a crash, exit code 0 once the input ends.
/// </summary>
public static class JsonLinesFilter
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(TextReader input, TextWriter output, Func<JsonObject, JsonObject> decode, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(Answer(line, decode).ToJsonString(Compact));
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }

    /// <summary>An <c>{"ok":false}</c> line with a code of the spec and a message for people.</summary>
    public static JsonObject Error(string code, string message) => new() { ["ok"] = false, ["error"] = code, ["message"] = message };

    private static JsonObject Answer(string line, Func<JsonObject, JsonObject> decode)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("the line is not a JSON object");
        }
        catch (JsonException notJson)
        {
            return Error("BAD_JSON", $"input line is not a JSON object: {notJson.Message}");
        }

        return decode(request);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.EnOcean.Tests;

/// <summary>
/// One vector of the shared fixture and the input line that asks <c>enocean decode</c> about it:
/// <c>hex</c> for frames and streams, <c>erp1</c> for radio data, <c>payload</c> with its status for
/// payloads, <c>eep</c> when it names one, and the direction its note gives for commands to a device.
/// </summary>
public sealed record SharedVector(string Id, string Kind, string? Esp3Hex, string? StreamHex, string? Erp1Hex, string? PayloadHex, byte? Status, string? Eep, JsonElement Expected, string? ExpectedError, double? Tolerance)
{
    /// <summary>V028's note: "A5-20-01 direction 2 (controller->actuator)". The fixture has no field for it.</summary>
    private static readonly IReadOnlySet<string> ToDevice = new HashSet<string> { "V028" };

    private static readonly Lazy<IReadOnlyList<SharedVector>> Loaded = new(Load);

    public static IReadOnlyList<SharedVector> All => Loaded.Value;

    public string InputLine()
    {
        var line = new JsonObject();
        switch (Kind)
        {
            case "erp1":
                line["erp1"] = Erp1Hex;
                break;
            case "eep_payload":
                line["payload"] = PayloadHex;
                line["status"] = Status ?? 0;
                break;
            default:
                line["hex"] = Esp3Hex ?? StreamHex;
                break;
        }

        if (Eep is not null)
        {
            line["eep"] = Eep;
        }

        if (ToDevice.Contains(Id))
        {
            line["direction"] = 2;
        }

        return line.ToJsonString();
    }

    public override string ToString() => Id;

    private static IReadOnlyList<SharedVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "enocean-vectors.json");
        return JsonSerializer.Deserialize<List<SharedVector>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
            ?? throw new InvalidOperationException($"{path} holds no vectors.");
    }
}

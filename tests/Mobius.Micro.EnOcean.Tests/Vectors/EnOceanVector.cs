using System.Text.Json;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>One vector of Fixtures/enocean-vectors.json (provenance fields are not needed by the tests).</summary>
public sealed record EnOceanVector(
    string Id,
    string Kind,
    string? Esp3Hex,
    string? StreamHex,
    string? Erp1Hex,
    string? PayloadHex,
    byte? Status,
    string? Eep,
    JsonElement Expected,
    string? ExpectedError,
    double? Tolerance)
{
    public IEnumerable<JsonProperty> Expectations => Expected.EnumerateObject();

    /// <summary>Keys starting upper-case are EEP field shortcuts (<c>TMP</c>, <c>Conc</c>, <c>I/O</c>); lower-case keys are frame-level.</summary>
    public static bool IsFieldKey(string key) => key.Length > 0 && char.IsUpper(key[0]);

    /// <summary>Whether the vector holds a telegram or payload to decode (invalid frames and streams do not).</summary>
    public bool HasEepPayload => Kind is "esp3_frame" or "erp1" or "eep_payload";

    public override string ToString() => Id;
}

using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>
/// Decoded fields keyed by the specification's shortcut: <c>value</c> (scaled for scaled fields,
/// the raw number for enums and flags), <c>raw</c>, <c>unit</c> when there is one,
/// <c>description</c> when the raw value has a text.
/// </summary>
internal static class EepFieldsJson
{
    public static JsonObject Of(IReadOnlyList<DecodedField> fields)
    {
        var json = new JsonObject();
        foreach (var field in fields)
        {
            var entry = new JsonObject { ["value"] = field.Value, ["raw"] = field.Raw };
            if (!string.IsNullOrEmpty(field.Unit))
            {
                entry["unit"] = field.Unit;
            }

            if (field.Description is { } description)
            {
                entry["description"] = description;
            }

            json[field.Shortcut] = entry;
        }

        return json;
    }
}

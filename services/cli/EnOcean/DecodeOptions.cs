using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>
/// What a line asks beyond its bytes: the EEP to decode with (<c>"eep"</c>, optional) and the
/// direction of EEPs whose layout depends on it (<c>"direction"</c>: 1 from the device, the
/// default; 2 to the device), and the status byte of a bare payload (<c>"status"</c>, default 0).
/// </summary>
internal sealed record DecodeOptions(EepDefinition? Definition, EepDirection Direction, byte Status)
{
    public static bool TryRead(JsonObject request, [NotNullWhen(true)] out DecodeOptions? options, [NotNullWhen(false)] out JsonObject? error)
    {
        options = null;
        error = null;
        EepDefinition? definition = null;
        if (request["eep"] is JsonValue eepValue)
        {
            if (!eepValue.TryGetValue<string>(out var eep) || !EepCatalog.TryGet(eep, out definition))
            {
                error = EnOceanDecodeErrors.Of(EnOceanErrorCode.UnknownEep, $"no EEP {eepValue.ToJsonString()} in the catalog");
                return false;
            }
        }

        var direction = EepDirection.FromDevice;
        if (request["direction"] is JsonValue directionValue)
        {
            if (!directionValue.TryGetValue<int>(out var number) || number is not (1 or 2))
            {
                error = JsonLines.JsonLinesFilter.Error("BAD_DIRECTION", "\"direction\" is 1 (from the device) or 2 (to the device)");
                return false;
            }

            direction = (EepDirection)number;
        }

        var status = 0;
        if (request["status"] is JsonValue statusValue && (!statusValue.TryGetValue(out status) || status is < 0 or > 255))
        {
            error = JsonLines.JsonLinesFilter.Error("BAD_STATUS", "\"status\" is the status byte, 0..255");
            return false;
        }

        options = new DecodeOptions(definition, direction, (byte)status);
        return true;
    }
}

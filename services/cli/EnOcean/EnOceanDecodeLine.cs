using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>
/// One line of <c>enocean decode</c> (decode-cli.md). <c>"hex"</c> is one ESP3 packet, or a
/// stream of packets with junk between them (answered with <c>"packets"</c>); <c>"erp1"</c> is
/// ERP1 radio data without framing; <c>"payload"</c> is a bare EEP payload and needs
/// <c>"eep"</c>. Errors are <c>{"ok":false}</c> lines with the library's codes.
/// </summary>
public static class EnOceanDecodeLine
{
    public static JsonObject Decode(JsonObject request)
    {
        if (!DecodeOptions.TryRead(request, out var options, out var optionsError))
        {
            return optionsError;
        }

        if (TryHex(request, "hex", out var hex))
        {
            return hex is null ? Bad("hex") : PacketOrStream(hex, options);
        }

        if (TryHex(request, "erp1", out var erp1))
        {
            return erp1 is null ? Bad("erp1") : RadioData(erp1, options);
        }

        if (TryHex(request, "payload", out var payload))
        {
            return payload is null ? Bad("payload") : BarePayload(payload, options);
        }

        return EnOceanDecodeErrors.Of(EnOceanErrorCode.BadHex, "the line needs \"hex\", \"erp1\" or \"payload\"");
    }

    private static JsonObject PacketOrStream(byte[] bytes, DecodeOptions options)
    {
        if (Esp3PacketParser.TryParse(bytes, out var packet, out var error) && packet.Length == bytes.Length)
        {
            return Esp3PacketJson.Describe(packet, options);
        }

        var packets = Esp3StreamReader.ReadAll(bytes);
        if (packets.Count == 0)
        {
            return EnOceanDecodeErrors.Of(error);
        }

        return new JsonObject { ["ok"] = true, ["packets"] = new JsonArray([.. packets.Select(found => (JsonNode)Esp3PacketJson.Describe(found, options))]) };
    }

    private static JsonObject RadioData(byte[] bytes, DecodeOptions options) =>
        Erp1TelegramParser.TryParse(bytes, ReadOnlyMemory<byte>.Empty, out var telegram, out var error)
            ? RadioTelegramJson.Describe(new JsonObject { ["ok"] = true }, telegram, options)
            : EnOceanDecodeErrors.Of(error);

    private static JsonObject BarePayload(byte[] payload, DecodeOptions options)
    {
        if (options.Definition is not { } definition)
        {
            return EnOceanDecodeErrors.Of(EnOceanErrorCode.UnknownEep, "a bare payload needs \"eep\"");
        }

        var result = EepDecoder.DecodeData(definition, payload, options.Status, options.Direction);
        if (result.Error is { } error)
        {
            return EnOceanDecodeErrors.Of(error);
        }

        return new JsonObject
        {
            ["ok"] = true,
            ["eep"] = definition.Eep,
            ["status"] = options.Status,
            ["fields"] = EepFieldsJson.Of(result.Fields),
        };
    }

    /// <summary>True when the line has <paramref name="key"/>; <paramref name="bytes"/> is null when its value is not hex.</summary>
    private static bool TryHex(JsonObject request, string key, out byte[]? bytes)
    {
        bytes = null;
        if (!request.ContainsKey(key))
        {
            return false;
        }

        if (request[key] is JsonValue value && value.TryGetValue<string>(out var text) && HexParser.TryParse(text, out var parsed))
        {
            bytes = parsed;
        }

        return true;
    }

    private static JsonObject Bad(string key) =>
        EnOceanDecodeErrors.Of(EnOceanErrorCode.BadHex, $"\"{key}\" must be a string of an even number of hexadecimal digits");
}

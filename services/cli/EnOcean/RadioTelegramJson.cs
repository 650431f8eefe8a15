using System.Globalization;
using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>
/// A radio telegram's frame-level facts, its teach-in details and, with an EEP, its fields. A
/// teach-in that announces its EEP (4BS variant 2, UTE) carries no data and gets no fields; one
/// that does not (4BS variant 1, 1BS) is also decoded as data, as peers show it.
/// </summary>
internal static class RadioTelegramJson
{
    public static JsonObject Describe(JsonObject json, IRadioTelegram telegram, DecodeOptions options)
    {
        json["rorg"] = Hex((byte)telegram.Rorg);
        json["senderId"] = telegram.SenderId;
        json["status"] = telegram.Status.Raw;
        json["repeaterCount"] = telegram.Status.RepeaterCount;
        if (telegram.Rorg == Rorg.Rps)
        {
            json["t21"] = telegram.Status.T21;
            json["nu"] = telegram.Status.NU;
        }

        Optional(json, "subTelNum", telegram.SubTelegramNumber);
        if (telegram.DestinationId is { } destination)
        {
            json["destinationId"] = destination;
        }

        Optional(json, "dBm", telegram.Dbm);
        if (telegram is Erp1Telegram erp1)
        {
            Optional(json, "securityLevel", erp1.SecurityLevel);
            if (erp1.IsAddressed)
            {
                json["addressed"] = true;
            }
        }

        json["payload"] = Convert.ToHexString(telegram.Payload.Span);
        json["teachIn"] = telegram.IsTeachIn;
        var announcesEep = TeachInJson.Add(json, telegram);
        if (MscManufacturer.TryRead(telegram, out var manufacturer))
        {
            json["mscManufacturer"] = manufacturer;
        }

        return options.Definition is null || announcesEep ? json : WithFields(json, telegram, options);
    }

    private static JsonObject WithFields(JsonObject json, IRadioTelegram telegram, DecodeOptions options)
    {
        var definition = options.Definition!;
        if (telegram.Rorg != definition.Rorg)
        {
            return EnOceanDecodeErrors.Of(EnOceanErrorCode.RorgMismatch, $"telegram RORG {Hex((byte)telegram.Rorg)}, {definition.Eep} is RORG {Hex((byte)definition.Rorg)}");
        }

        var result = EepDecoder.DecodeData(definition, telegram.Payload.Span, telegram.Status.Raw, options.Direction);
        if (result.Error is { } error)
        {
            return EnOceanDecodeErrors.Of(error);
        }

        json["eep"] = definition.Eep;
        json["fields"] = EepFieldsJson.Of(result.Fields);
        return json;
    }

    private static void Optional<T>(JsonObject json, string key, T? value)
        where T : struct
    {
        if (value is { } present)
        {
            json[key] = JsonValue.Create(present);
        }
    }

    private static string Hex(byte value) => value.ToString("X2", CultureInfo.InvariantCulture);
}

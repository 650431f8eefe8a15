using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Erp2;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>
/// An ESP3 packet as a JSON object: <c>packetType</c>, what the project decodes of that type (a
/// radio telegram, a response's return code, a command's or event's code and name), and its
/// <c>data</c> and <c>optionalData</c> as hex.
/// </summary>
internal static class Esp3PacketJson
{
    public static JsonObject Describe(Esp3Packet packet, DecodeOptions options)
    {
        var json = new JsonObject { ["ok"] = true, ["packetType"] = (int)packet.PacketType };
        var described = packet.PacketType switch
        {
            Esp3PacketType.RadioErp1 or Esp3PacketType.RadioSubTel => Erp1TelegramParser.TryParse(packet.Data, packet.OptionalData, out var erp1, out var error)
                ? RadioTelegramJson.Describe(json, erp1, options)
                : EnOceanDecodeErrors.Of(error),
            Esp3PacketType.RadioErp2 => Erp2(json, packet, options),
            _ => Codes(json, packet),
        };
        if (described["ok"]?.GetValue<bool>() == true)
        {
            described["data"] = Convert.ToHexString(packet.Data.Span);
            if (!packet.OptionalData.IsEmpty)
            {
                described["optionalData"] = Convert.ToHexString(packet.OptionalData.Span);
            }
        }

        return described;
    }

    private static JsonObject Erp2(JsonObject json, Esp3Packet packet, DecodeOptions options)
    {
        if (!Erp2TelegramParser.TryParse(packet, out var telegram, out var error))
        {
            return EnOceanDecodeErrors.Of(error);
        }

        json["erp2TelegramType"] = telegram.TelegramType;
        return RadioTelegramJson.Describe(json, telegram, options);
    }

    private static JsonObject Codes(JsonObject json, Esp3Packet packet)
    {
        var data = packet.Data.Span;
        if (data.IsEmpty)
        {
            return json;
        }

        switch (packet.PacketType)
        {
            case Esp3PacketType.Response when Esp3Response.TryRead(packet, out var response):
                json["returnCode"] = response.ReturnCode;
                json["returnCodeName"] = response.ReturnCodeName;
                if (response.BaseId is { } baseId)
                {
                    json["baseId"] = baseId.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
                }

                break;
            case Esp3PacketType.CommonCommand:
                json["commandCode"] = data[0];
                json["command"] = CommonCommandNames.NameOf(data[0]);
                break;
            case Esp3PacketType.Event:
                json["eventCode"] = data[0];
                json["event"] = EventCodeNames.NameOf(data[0]);
                break;
            case Esp3PacketType.SmartAckCommand:
                json["smartAckCode"] = data[0];
                json["smartAckCommand"] = SmartAckCommandNames.NameOf(data[0]);
                break;
            case Esp3PacketType.RemoteManCommand when data.Length >= 4:
                json["function"] = BinaryPrimitives.ReadUInt16BigEndian(data);
                json["manufacturerId"] = BinaryPrimitives.ReadUInt16BigEndian(data[2..]) & 0x7FF;
                break;
            case Esp3PacketType.RadioMessage:
                json["messageRorg"] = data[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
                json["messageData"] = Convert.ToHexString(data[1..]);
                break;
        }

        return json;
    }
}

using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json.Nodes;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOceanDecoder.Broadcasts;

/// <summary>
/// The broadcast command for a received telegram, in the object-model spec's payload shape. Data
/// bytes are numbers: an ERP1 telegram of fixed length names them as the EEP does (<c>db_0</c> is the
/// last data byte), a VLD or MSC telegram lists them in order as <c>data</c>. Every payload
/// ends with <c>uid</c> (sender id), <c>status</c>, <c>subTelNum</c>, <c>dBm</c> and <c>connectorURI</c>:
/// <code>
/// ENOCEAN_RADIO_ERP1     {"rorg":"A5","db_0":10,"db_1":135,"db_2":113,"db_3":0,"uid":"01879DE6","status":0,"subTelNum":1,"dBm":-65,"connectorURI":"000001/021/FFC0/0001"}
/// ENOCEAN_RADIO_ERP1_VLD {"rorg":"D2","data":[4,96,228],"uid":...}
/// ENOCEAN_RADIO_MSC      {"rorg":"D1","manufacturer":13,"data":[0,208,254,3,3,0],"uid":...}
/// ENOCEAN_RADIO_RMC      {"function":1540,"manufacturer":2047,"data":[...],"destinationId":"FFFFFFFF","sourceId":"01020304","dBm":-60,"connectorURI":...}
/// </code>
/// </summary>
public static class TelegramBroadcasts
{
    private const int RemoteManagementHeaderLength = 4;

    public static BroadcastCommand For(IRadioTelegram telegram, string connectorUri, DateTimeOffset issuedAt)
    {
        var payload = new JsonObject { ["rorg"] = ((byte)telegram.Rorg).ToString("X2", CultureInfo.InvariantCulture) };
        var data = telegram.Payload.Span;
        var commandId = telegram.Rorg switch
        {
            Rorg.Vld => BroadcastCommandIds.Erp1Vld,
            Rorg.Msc => BroadcastCommandIds.Msc,
            _ => BroadcastCommandIds.Erp1,
        };
        if (commandId == BroadcastCommandIds.Erp1)
        {
            for (var index = 0; index < data.Length; index++)
            {
                payload[$"db_{index}"] = data[data.Length - 1 - index];
            }
        }
        else
        {
            if (MscManufacturer.TryRead(telegram, out var manufacturer))
            {
                payload["manufacturer"] = manufacturer;
            }

            payload["data"] = Bytes(data);
        }

        payload["uid"] = telegram.SenderId;
        payload["status"] = telegram.Status.Raw;
        payload["subTelNum"] = telegram.SubTelegramNumber;
        payload["dBm"] = telegram.Dbm;
        payload["connectorURI"] = connectorUri;
        return new BroadcastCommand { CommandId = commandId, PayloadJson = payload.ToJsonString(), IssuedAt = issuedAt };
    }

    /// <summary>
    /// A REMOTE_MAN_COMMAND packet: data is function (2 bytes), manufacturer (2 bytes), message;
    /// optional data is destination id, source id, dBm and a send-with-delay flag.
    /// </summary>
    public static BroadcastCommand? ForRemoteManagement(Esp3Packet packet, string connectorUri, DateTimeOffset issuedAt)
    {
        var data = packet.Data.Span;
        if (packet.PacketType != Esp3PacketType.RemoteManCommand || data.Length < RemoteManagementHeaderLength)
        {
            return null;
        }

        var optional = packet.OptionalData.Span;
        var payload = new JsonObject
        {
            ["function"] = BinaryPrimitives.ReadUInt16BigEndian(data),
            ["manufacturer"] = BinaryPrimitives.ReadUInt16BigEndian(data[2..]) & 0x7FF,
            ["data"] = Bytes(data[RemoteManagementHeaderLength..]),
            ["destinationId"] = optional.Length >= 4 ? Convert.ToHexString(optional[..4]) : null,
            ["sourceId"] = optional.Length >= 8 ? Convert.ToHexString(optional[4..8]) : null,
            ["dBm"] = optional.Length >= 9 ? -optional[8] : null,
            ["connectorURI"] = connectorUri,
        };
        return new BroadcastCommand { CommandId = BroadcastCommandIds.Rmc, PayloadJson = payload.ToJsonString(), IssuedAt = issuedAt };
    }

    private static JsonArray Bytes(ReadOnlySpan<byte> bytes)
    {
        var array = new JsonArray();
        foreach (var value in bytes)
        {
            array.Add(value);
        }

        return array;
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>Writes claims as the JSON payload of a connector message, common claims first.</summary>
internal static class ClaimsJsonWriter
{
    public static string Write(ConnectorMessageClaims claims)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(ClaimNames.Serial, claims.Serial.ToString());
            writer.WriteString(ClaimNames.Kind, claims.Kind.ToWireName());
            writer.WriteString(ClaimNames.Boot, claims.Boot);
            writer.WriteNumber(ClaimNames.Sequence, claims.Sequence);
            writer.WriteNumber(ClaimNames.IssuedAt, claims.IssuedAt.ToUnixTimeSeconds());
            switch (claims)
            {
                case UpClaims up:
                    WriteUp(writer, up);
                    break;
                case StatusClaims status:
                    WriteStatus(writer, status);
                    break;
                case DownClaims down:
                    WriteDown(writer, down);
                    break;
                case AckClaims ack:
                    WriteAck(writer, ack);
                    break;
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteUp(Utf8JsonWriter writer, UpClaims up)
    {
        writer.WriteString(ClaimNames.Module, up.Module.ToWireName());
        writer.WriteString(ClaimNames.Data, up.Data);
        WriteOptional(writer, ClaimNames.Rssi, up.Rssi);
    }

    private static void WriteStatus(Utf8JsonWriter writer, StatusClaims status)
    {
        writer.WriteBoolean(ClaimNames.Online, status.Online);
        WriteOptional(writer, ClaimNames.Firmware, status.Firmware);
        WriteOptional(writer, ClaimNames.PartNumber, status.PartNumber);
        WriteOptional(writer, ClaimNames.ChipId, status.ChipId);
        if (status.Modules is not null)
        {
            writer.WriteStartArray(ClaimNames.Modules);
            foreach (string module in status.Modules)
            {
                writer.WriteStringValue(module);
            }

            writer.WriteEndArray();
        }

        WriteOptional(writer, ClaimNames.IpAddress, status.IpAddress);
        WriteOptional(writer, ClaimNames.SubnetMask, status.SubnetMask);
        WriteOptional(writer, ClaimNames.Dns, status.Dns);
        WriteOptional(writer, ClaimNames.NetworkGateway, status.NetworkGateway);
        WriteOptional(writer, ClaimNames.MacAddress, status.MacAddress);
        WriteOptional(writer, ClaimNames.Ssid, status.Ssid);
        WriteOptional(writer, ClaimNames.Bssid, status.Bssid);
        WriteOptional(writer, ClaimNames.WifiRssi, status.WifiRssi);
        WriteOptional(writer, ClaimNames.Uptime, status.UptimeSeconds);
    }

    private static void WriteDown(Utf8JsonWriter writer, DownClaims down)
    {
        writer.WriteString(ClaimNames.DownlinkId, down.DownlinkId);
        writer.WriteString(ClaimNames.Module, down.Module.ToWireName());
        writer.WriteString(ClaimNames.Data, down.Data);
    }

    private static void WriteAck(Utf8JsonWriter writer, AckClaims ack)
    {
        writer.WriteString(ClaimNames.DownlinkId, ack.DownlinkId);
        writer.WriteBoolean(ClaimNames.Ok, ack.Ok);
        WriteOptional(writer, ClaimNames.Error, ack.Error);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is not null)
        {
            writer.WriteNumber(name, value.Value);
        }
    }
}

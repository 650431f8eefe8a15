using System.Globalization;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;

namespace Mobius.Micro.ConnectorGateway.Status;

/// <summary>
/// A <c>status</c> message as the connector object's resources (object-model spec, profile
/// <c>mobiusFlowConnector</c>) and as the fields of the connector's Redis hash. Fields the message
/// leaves out are left as they were.
/// </summary>
public static class ConnectorStatusValues
{
    public static IReadOnlyList<ReportedValue> ObjectValues(StatusClaims status)
    {
        var values = new List<ReportedValue> { ReportedValue.Of(ConnectorProfile.Online, status.Online) };
        AddText(values, ConnectorProfile.PartNumber, status.PartNumber);
        AddText(values, ConnectorProfile.FirmwareVersion, status.Firmware);
        AddText(values, ConnectorProfile.Module1Type, status.Modules?.ElementAtOrDefault(0));
        AddText(values, ConnectorProfile.Module2Type, status.Modules?.ElementAtOrDefault(1));
        AddText(values, ConnectorProfile.EnOceanChipId, status.ChipId);
        AddText(values, ConnectorProfile.MacAddress, status.MacAddress);
        AddText(values, ConnectorProfile.IpAddress, status.IpAddress);
        AddText(values, ConnectorProfile.SubnetMask, status.SubnetMask);
        AddText(values, ConnectorProfile.DnsAddress, status.Dns);
        AddText(values, ConnectorProfile.DefaultGateway, status.NetworkGateway);
        AddText(values, ConnectorProfile.Ssid, status.Ssid);
        AddText(values, ConnectorProfile.Bssid, status.Bssid);
        if (status.WifiRssi is { } rssi)
        {
            values.Add(ReportedValue.Of(ConnectorProfile.Rssi, rssi));
        }

        if (status.UptimeSeconds is { } uptime)
        {
            values.Add(ReportedValue.Of(ConnectorProfile.Uptime, UptimeText(uptime)));
        }

        return values;
    }

    public static IReadOnlyList<KeyValuePair<string, string>> HashFields(StatusClaims status)
    {
        var fields = new List<KeyValuePair<string, string>>();
        AddField(fields, "fw", status.Firmware);
        AddField(fields, "part", status.PartNumber);
        AddField(fields, "chip", status.ChipId);
        AddField(fields, "modules", status.Modules is { } modules ? string.Join(',', modules) : null);
        AddField(fields, "ip", status.IpAddress);
        AddField(fields, "uptime", status.UptimeSeconds?.ToString(CultureInfo.InvariantCulture));
        return fields;
    }

    /// <summary>Seconds since boot as the spec's <c>h:mm:ss</c> (hours keep counting past 24).</summary>
    public static string UptimeText(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    private static void AddText(List<ReportedValue> values, string rid, string? text)
    {
        if (text is not null)
        {
            values.Add(ReportedValue.Of(rid, text));
        }
    }

    private static void AddField(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(new(name, value));
        }
    }
}

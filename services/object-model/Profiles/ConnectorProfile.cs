using System.Text.RegularExpressions;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Profiles;

/// <summary>
/// The connector object, profile <c>mobiusFlowConnector</c>, PID <c>FFC0</c>, kept in the connectors
/// service (<c>021</c>). Configuration: serial number and PSK (both required) and, as this project's
/// extension, <c>19 enabled</c>; the rest is reported by the connector and the gateway.
/// </summary>
public static partial class ConnectorProfile
{
    public const string Pid = "FFC0";
    public const string ProfileName = "mobiusFlowConnector";

    public const string PartNumber = "0A";
    public const string SerialNumber = "0B";
    public const string Psk = "0C";
    public const string FirmwareVersion = "0D";
    public const string Module1Type = "0E";
    public const string Module2Type = "0F";
    public const string EnOceanChipId = "10";
    public const string MacAddress = "11";
    public const string IpAddress = "12";
    public const string SubnetMask = "13";
    public const string DnsAddress = "14";
    public const string DefaultGateway = "15";
    public const string Ssid = "16";
    public const string Rssi = "17";
    public const string Bssid = "18";

    /// <summary>Project extension: a disabled connector is refused by the gateway as unknown.</summary>
    public const string Enabled = "19";

    public const string Online = "40";
    public const string Uptime = "41";
    public const string LastEnOceanUid = "42";
    public const string LastWorkOccUid = "43";
    public const string TelegramsAccepted = "44";
    public const string TelegramsRejected = "45";

    public const int MinPskUtf8Bytes = 16;
    public const int MaxPskUtf8Bytes = 128;

    public static ObjectProfile Profile { get; } = new(
        Pid,
        ProfileName,
        "MobiusFlow connector: an EnOcean and/or WorkPlace Occupancy radio transceiver",
        ["MobiusFlow", "Connector"],
        [
            .. CommonResources.All,
            Status(PartNumber, "partNumber"),
            new()
            {
                Rid = SerialNumber, Name = "serialNumber", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite,
                Required = true, Unique = true, TextRule = new TextRule { Pattern = SerialNumberPattern() },
            },
            new()
            {
                Rid = Psk, Name = "psk", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite,
                Required = true, WriteOnly = true, TextRule = new TextRule { MinUtf8Bytes = MinPskUtf8Bytes, MaxUtf8Bytes = MaxPskUtf8Bytes },
            },
            Status(FirmwareVersion, "firmwareVersion"),
            Status(Module1Type, "module1Type"),
            Status(Module2Type, "module2Type"),
            Status(EnOceanChipId, "enOceanChipID"),
            Status(MacAddress, "macAddress"),
            Status(IpAddress, "ipAddress"),
            Status(SubnetMask, "subnetMask"),
            Status(DnsAddress, "dnsAddress"),
            Status(DefaultGateway, "defaultGateway"),
            Status(Ssid, "ssid"),
            new() { Rid = Rssi, Name = "rssi", Type = ResourceType.Number, Settings = new() { Access = ResourceAccess.Read, Units = "dBm" } },
            Status(Bssid, "bssid"),
            new() { Rid = Enabled, Name = "enabled", Type = ResourceType.Bool, Settings = ResourceSettings.ReadWrite, Default = new BoolValue(true) },
            new() { Rid = Online, Name = "online", Type = ResourceType.Bool },
            Status(Uptime, "uptime"),
            Status(LastEnOceanUid, "lastEnOceanUID"),
            Status(LastWorkOccUid, "lastWorkOccUID"),
            Counter(TelegramsAccepted, "telegramsAccepted"),
            Counter(TelegramsRejected, "telegramsRejected"),
        ]);

    [GeneratedRegex("^MF_[0-9A-F]{6}$")]
    private static partial Regex SerialNumberPattern();

    private static ResourceDefinition Status(string rid, string name) =>
        new() { Rid = rid, Name = name, Type = ResourceType.String };

    private static ResourceDefinition Counter(string rid, string name) =>
        new() { Rid = rid, Name = name, Type = ResourceType.Number, Settings = new() { Access = ResourceAccess.Read, Min = 0 } };
}

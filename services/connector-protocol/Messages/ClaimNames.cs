namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>The claim names on the wire, shared by the writer and the readers.</summary>
internal static class ClaimNames
{
    public const string Serial = "sn";
    public const string Kind = "typ";
    public const string Boot = "boot";
    public const string Sequence = "seq";
    public const string IssuedAt = "iat";

    public const string Module = "mod";
    public const string Data = "data";
    public const string Rssi = "rssi";

    public const string Online = "online";
    public const string Firmware = "fw";
    public const string PartNumber = "part";
    public const string ChipId = "chip";
    public const string Modules = "modules";
    public const string IpAddress = "ip";
    public const string SubnetMask = "mask";
    public const string Dns = "dns";
    public const string NetworkGateway = "gw";
    public const string MacAddress = "macAddr";
    public const string Ssid = "ssid";
    public const string Bssid = "bssid";
    public const string WifiRssi = "wifiRssi";
    public const string Uptime = "uptime";

    public const string DownlinkId = "id";
    public const string Ok = "ok";
    public const string Error = "err";
}

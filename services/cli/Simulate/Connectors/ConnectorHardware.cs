using System.Globalization;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>
/// What a simulated connector reports about itself in <c>status</c>: firmware, part number, chip id,
/// modules in slot order, and a Wi-Fi network on 10.42.0.0/16 with addresses that follow the
/// connector's place in the site.
/// </summary>
public sealed record ConnectorHardware(
    string Firmware,
    string PartNumber,
    string ChipId,
    IReadOnlyList<string> Modules,
    string IpAddress,
    string SubnetMask,
    string Dns,
    string NetworkGateway,
    string MacAddress,
    string Ssid,
    string Bssid)
{
    private const string EnOceanModule = "EnOcean";
    private const string WorkOccModule = "WorkOcc";
    private const string Router = "10.42.0.1";

    /// <param name="index">The connector's place in the site, from 0.</param>
    /// <param name="hasWorkOcc">Whether it hears WorkOcc sensors (then its modules are WorkOcc and EnOcean).</param>
    public static ConnectorHardware For(int index, bool hasWorkOcc, Random random)
    {
        var host = index + 2;
        return new ConnectorHardware(
            Firmware: "2.3.1",
            PartNumber: "EXT00112",
            ChipId: random.Next().ToString("X8", CultureInfo.InvariantCulture),
            Modules: hasWorkOcc ? [WorkOccModule, EnOceanModule] : [EnOceanModule],
            IpAddress: string.Create(CultureInfo.InvariantCulture, $"10.42.{(host >> 8) & 0xFF}.{host & 0xFF}"),
            SubnetMask: "255.255.0.0",
            Dns: Router,
            NetworkGateway: Router,
            MacAddress: string.Create(CultureInfo.InvariantCulture, $"02:4D:46:{(host >> 16) & 0xFF:X2}:{(host >> 8) & 0xFF:X2}:{host & 0xFF:X2}"),
            Ssid: "mobius-simulated-site",
            Bssid: "02:4D:46:00:00:01");
    }
}

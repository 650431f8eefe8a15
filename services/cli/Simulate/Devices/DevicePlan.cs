using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>
/// Which devices each simulated connector hears. Kinds are dealt round the whole site in turn, so
/// every kind appears even with few devices per connector. Device <c>d</c> of connector
/// <c>MF_XXXXXX</c> has id <c>XXXXXX</c> followed by <c>d</c> as two hex digits (sender id
/// <c>5A000003</c> is device 3 of <c>MF_5A0000</c>): unique across the site, and the same in every run,
/// so provisioning twice finds the objects of the first run.
/// </summary>
public static class DevicePlan
{
    public const int MaxDevicesPerConnector = 256;

    public static IReadOnlyList<DeviceSpec> Create(IReadOnlyList<ConnectorSerial> serials, int devicesPerConnector, IReadOnlyList<DeviceKind> kinds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(devicesPerConnector);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(devicesPerConnector, MaxDevicesPerConnector);
        ArgumentOutOfRangeException.ThrowIfZero(kinds.Count);
        var devices = new List<DeviceSpec>(serials.Count * devicesPerConnector);
        for (var connector = 0; connector < serials.Count; connector++)
        {
            var idBase = (uint)ConnectorSerials.NumberOf(serials[connector]) << 8;
            for (var device = 0; device < devicesPerConnector; device++)
            {
                var kind = kinds[((connector * devicesPerConnector) + device) % kinds.Count];
                devices.Add(new DeviceSpec(serials[connector], kind, idBase | (uint)device));
            }
        }

        return devices;
    }
}

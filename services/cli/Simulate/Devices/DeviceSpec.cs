using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>One device of the simulated site: which connector hears it, what it is, and its id (sender id or UID).</summary>
public sealed record DeviceSpec(ConnectorSerial Connector, DeviceKind Kind, uint Id)
{
    /// <summary>The id as the objects and telegrams write it: 8 upper-case hex digits.</summary>
    public string Uid => Id.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
}

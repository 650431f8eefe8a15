using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>A simulated radio sensor: every call gives its next telegram, with values that change plausibly over time.</summary>
public interface ISimulatedDevice
{
    /// <summary>The module of the connector that hears it: the <c>mod</c> claim.</summary>
    RadioModule Module { get; }

    /// <summary>EnOcean sender id or WorkOcc UID: 8 upper-case hex digits.</summary>
    string Uid { get; }

    /// <summary>The next telegram: a complete ESP3 packet, or a WorkOcc frame.</summary>
    /// <param name="random">The connector's seeded random source.</param>
    /// <param name="now">When the telegram is sent.</param>
    /// <param name="rssi">The receive strength the connector reports, dBm; ESP3 packets carry it too.</param>
    byte[] NextTelegram(Random random, DateTimeOffset now, int rssi);
}

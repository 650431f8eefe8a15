using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>
/// Builds the simulated connectors of a site with their devices. Each connector draws from its own
/// random source, seeded in turn from the run's seed, so a seed gives the same telegrams and the same
/// misbehaving messages however the connectors' work interleaves.
/// </summary>
public static class SimulatedSite
{
    public static IReadOnlyList<SimulatedConnector> Build(
        IReadOnlyList<ConnectorSerial> serials,
        IReadOnlyList<DeviceSpec> devices,
        ConnectorPskSource psks,
        MisbehaviourFractions misbehaviour,
        int seed,
        ConnectorTopicLayout topics,
        DateTimeOffset bootedAt)
    {
        var seeds = new Random(seed);
        var signer = new ConnectorMessageSigner();
        var devicesBySerial = devices.ToLookup(device => device.Connector);
        var connectors = new List<SimulatedConnector>(serials.Count);
        for (var index = 0; index < serials.Count; index++)
        {
            var serial = serials[index];
            var random = new Random(seeds.Next());
            var simulated = devicesBySerial[serial].Select(spec => SimulatedDevices.Create(spec, random)).ToArray();
            var hardware = ConnectorHardware.For(index, simulated.Any(device => device.Module == RadioModule.WorkOcc), random);
            connectors.Add(new SimulatedConnector(
                serial,
                new ConnectorKeys(serial, psks.For(serial)),
                simulated,
                hardware,
                new MisbehaviourPlan(misbehaviour, random),
                random,
                signer,
                topics,
                bootedAt));
        }

        return connectors;
    }
}

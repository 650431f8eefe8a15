using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Mqtt;
using Mobius.Micro.Cli.Simulate.Provisioning;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate;

/// <summary>Everything one <c>mobius simulate</c> run needs, checked.</summary>
public sealed record SimulationSettings
{
    public required int Connectors { get; init; }

    /// <summary>Offered <c>up</c> messages per second, all connectors together.</summary>
    public required double Rate { get; init; }

    public required TimeSpan Duration { get; init; }

    public required BrokerSettings Broker { get; init; }

    public required string TopicPrefix { get; init; }

    public required ConnectorPskSource Psks { get; init; }

    public required ConnectorSerial FirstSerial { get; init; }

    public required int DevicesPerConnector { get; init; }

    public required TimeSpan Heartbeat { get; init; }

    public required int Seed { get; init; }

    /// <summary>One JSON line per message on the output instead of progress lines and the summary (which then goes to the error output).</summary>
    public bool Json { get; init; }

    public required MisbehaviourFractions Misbehaviour { get; init; }

    /// <summary>Unacknowledged publishes per connector at most (lowered to the broker's receive maximum).</summary>
    public required int MaxInFlight { get; init; }

    /// <summary>Set with <c>--provision</c>: create the objects through the Engine API first.</summary>
    public ProvisioningSettings? Provisioning { get; init; }
}

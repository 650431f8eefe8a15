using Mobius.Micro.Cli.Simulate.Mqtt;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>A simulated connector once connected: its link to the broker and the last will it left there.</summary>
public sealed record ConnectedConnector(SimulatedConnector Connector, ConnectorMqttLink Link, OutgoingMessage LastWill);

namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>A simulated connector could not connect to the broker. The message names the connector and the broker.</summary>
public sealed class BrokerConnectionException(string message, Exception inner) : Exception(message, inner);

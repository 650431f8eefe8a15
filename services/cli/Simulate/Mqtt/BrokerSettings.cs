namespace Mobius.Micro.Cli.Simulate.Mqtt;

/// <summary>How every simulated connector reaches the broker: address, optional credentials, optional CA file for <c>mqtts://</c>.</summary>
public sealed record BrokerSettings(BrokerEndpoint Endpoint, string? Username = null, string? Password = null, string? CaFile = null);

namespace Mobius.Micro.Testing;

/// <summary>Where and as whom a <see cref="TestConnector"/> logs in to an MQTT broker.</summary>
public sealed record BrokerLogin(string Host, int Port, string Username, string Password);

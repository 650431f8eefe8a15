namespace Mobius.Micro.Testing;

/// <summary>Where a test stack's RabbitMQ is; the credentials are <see cref="TestInfrastructure.RabbitMqCredentials"/>.</summary>
public sealed record BusEndpoint(string Host, int Port, string VirtualHost);

namespace Mobius.Micro.Cli.Simulate.Provisioning;

/// <summary>Provisioning could not go on: login failed, or the Engine API refused an object the run needs. The message is for people.</summary>
public sealed class ProvisioningException(string message) : Exception(message);

namespace Mobius.Micro.Cli.Simulate.Provisioning;

/// <summary>Where and as whom <c>--provision</c> creates the objects: the Engine API's address (without <c>/api/v1</c>), a user with the <c>configure</c> role, the hub id.</summary>
public sealed record ProvisioningSettings(Uri Api, string Username, string Password, string HubId);

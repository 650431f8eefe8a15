using Mobius.Micro.Contracts;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>Something subscribers of this replica may need to hear about.</summary>
public abstract record HubEvent;

/// <summary>Resources whose stored state changed (write-only values already masked).</summary>
public sealed record ResourceChanges(IReadOnlyList<ChangedResource> Changes) : HubEvent;

/// <summary>A broadcast command (a received telegram) for <c>broadcast-command</c> subscribers.</summary>
public sealed record BroadcastReceived(string CommandId, string PayloadJson, DateTimeOffset IssuedAt) : HubEvent;

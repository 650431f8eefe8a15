namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>This replica's identity on the bus: the suffix of its own temporary queues and the origin of the changes it publishes.</summary>
public sealed class ObjectStoreInstance
{
    public string Id { get; } = $"{new string([.. Environment.MachineName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40)])}-{Guid.NewGuid():N}";
}

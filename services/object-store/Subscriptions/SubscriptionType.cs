namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>What a websocket client can subscribe to, with the names of the protocol.</summary>
public enum SubscriptionType
{
    /// <summary><c>object-cov</c>: an object changed; the value is the object. Matched on the object URI.</summary>
    ObjectCov,

    /// <summary><c>resource-cov</c>: a resource changed; the value is the resource. Matched on the resource URI.</summary>
    ResourceCov,

    /// <summary><c>service-status</c>: a service's status changed; the value is <c>{status,statusText,lastChanged}</c>. Matched on <c>HID/SID</c>.</summary>
    ServiceStatus,

    /// <summary><c>broadcast-command</c>: a broadcast command (a received telegram); the value is <c>{cid,payload}</c>. Matched on the hub, <c>HID</c>.</summary>
    BroadcastCommand,
}

public static class SubscriptionTypes
{
    private static readonly Dictionary<string, SubscriptionType> ByName = new(StringComparer.Ordinal)
    {
        ["object-cov"] = SubscriptionType.ObjectCov,
        ["resource-cov"] = SubscriptionType.ResourceCov,
        ["service-status"] = SubscriptionType.ServiceStatus,
        ["broadcast-command"] = SubscriptionType.BroadcastCommand,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out SubscriptionType type) => ByName.TryGetValue(name ?? "", out type);

    public static string Name(this SubscriptionType type) => ByName.First(entry => entry.Value == type).Key;
}

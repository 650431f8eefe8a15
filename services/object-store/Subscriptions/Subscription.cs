using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectStore.Subscriptions;

/// <summary>One subscription of a connection: a type and a URI pattern (MQTT wildcards allowed).</summary>
public sealed record Subscription(SubscriptionType Type, MobiusUriPattern Pattern)
{
    public string Key => $"{Type.Name()} {Pattern}";
}

namespace Mobius.Micro.ConnectorProtocol.Topics;

/// <summary>
/// The connector topics under one prefix: <c>{prefix}/connectors/{serial}/{up|status|down|ack}</c>.
/// Parses incoming topic names and formats topic names and subscription filters.
/// </summary>
public sealed class ConnectorTopicLayout
{
    public const string DefaultPrefix = "mobius";

    private const string ConnectorsLevel = "/connectors/";
    private const string SingleLevelWildcard = "+";
    private const string SharedSubscriptionPrefix = "$share/";

    private readonly string _connectorsRoot;

    /// <param name="prefix">One or more topic levels, e.g. <c>mobius</c> or <c>site1/mobius</c>.</param>
    /// <exception cref="ArgumentException">The prefix is empty, has an empty level, a wildcard, a NUL, or starts with <c>$</c>.</exception>
    public ConnectorTopicLayout(string prefix = DefaultPrefix)
    {
        if (!IsUsablePrefix(prefix))
        {
            throw new ArgumentException(
                $"'{prefix}' is not a usable topic prefix: it needs non-empty levels without '+', '#', NUL, and must not start with '$'.",
                nameof(prefix));
        }

        Prefix = prefix;
        _connectorsRoot = prefix + ConnectorsLevel;
    }

    public string Prefix { get; }

    /// <summary>
    /// Reads the serial and kind from a topic name. False (<see cref="RejectionReason.BadTopic"/>) when the
    /// topic has another prefix, fewer or more levels, an invalid serial or an unknown kind.
    /// </summary>
    public bool TryParse(ReadOnlySpan<char> topicName, out ConnectorTopic topic)
    {
        topic = default;
        if (!topicName.StartsWith(_connectorsRoot, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> serialAndKind = topicName[_connectorsRoot.Length..];
        int slash = serialAndKind.IndexOf('/');
        if (slash < 0
            || !ConnectorSerial.TryParse(serialAndKind[..slash], out ConnectorSerial serial)
            || !MessageKindNames.TryParse(serialAndKind[(slash + 1)..], out MessageKind kind))
        {
            return false;
        }

        topic = new ConnectorTopic(serial, kind);
        return true;
    }

    /// <summary>The topic name, e.g. <c>mobius/connectors/MF_00BCC0/down</c>.</summary>
    public string Format(ConnectorTopic topic) =>
        string.Concat(_connectorsRoot, topic.Serial.ToString(), "/", topic.Kind.ToWireName());

    /// <summary>The filter for one kind from every connector, e.g. <c>mobius/connectors/+/up</c>.</summary>
    public string SubscriptionFilter(MessageKind kind) =>
        string.Concat(_connectorsRoot, SingleLevelWildcard, "/", kind.ToWireName());

    /// <summary>
    /// The MQTT v5 shared-subscription filter, e.g. <c>$share/gateway/mobius/connectors/+/up</c>:
    /// the broker gives each message to one subscriber of the group.
    /// </summary>
    /// <exception cref="ArgumentException">The group is empty or contains '/', '+' or '#'.</exception>
    public string SharedSubscriptionFilter(string group, MessageKind kind)
    {
        if (string.IsNullOrEmpty(group) || group.AsSpan().IndexOfAny("/+#") >= 0)
        {
            throw new ArgumentException($"'{group}' is not a usable share name: it must be non-empty without '/', '+' or '#'.", nameof(group));
        }

        return string.Concat(SharedSubscriptionPrefix, group, "/", SubscriptionFilter(kind));
    }

    private static bool IsUsablePrefix(string? prefix) =>
        !string.IsNullOrEmpty(prefix)
        && !prefix.StartsWith('$')
        && !prefix.StartsWith('/')
        && !prefix.EndsWith('/')
        && !prefix.Contains("//", StringComparison.Ordinal)
        && prefix.AsSpan().IndexOfAny("+#\0") < 0;
}

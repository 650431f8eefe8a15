namespace Mobius.Micro.ConnectorProtocol;

/// <summary>The wire names of <see cref="MessageKind"/> (topic level and <c>typ</c> claim).</summary>
public static class MessageKindNames
{
    public static string ToWireName(this MessageKind kind) => kind switch
    {
        MessageKind.Up => "up",
        MessageKind.Status => "status",
        MessageKind.Down => "down",
        MessageKind.Ack => "ack",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown message kind."),
    };

    /// <summary>Exact, case-sensitive match of a wire name.</summary>
    public static bool TryParse(ReadOnlySpan<char> wireName, out MessageKind kind)
    {
        switch (wireName)
        {
            case "up":
                kind = MessageKind.Up;
                return true;
            case "status":
                kind = MessageKind.Status;
                return true;
            case "down":
                kind = MessageKind.Down;
                return true;
            case "ack":
                kind = MessageKind.Ack;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}

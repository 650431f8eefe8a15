namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>
/// A connector's latest correct <c>up</c> messages, to replay the oldest. Once the connector has sent
/// 65 of them, that one lies beyond the gateway's 64-message duplicate window, so the gateway counts
/// a <c>replay</c>; before that, a replay looks like a QoS 1 redelivery and is dropped silently.
/// </summary>
public sealed class ReplayHistory
{
    public const int Depth = 65;

    private readonly Queue<OutgoingMessage> _messages = new(Depth);

    public bool CanReplay => _messages.Count > 0;

    public OutgoingMessage Oldest => _messages.Peek();

    public void Remember(OutgoingMessage message)
    {
        if (_messages.Count == Depth)
        {
            _messages.Dequeue();
        }

        _messages.Enqueue(message);
    }
}

using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// A message that passed every rule: its claims, the replay state decided for it and that
/// decision's generation (no state for a last will, which leaves it alone) and, for an <c>up</c>
/// message, the telegram it carries.
/// </summary>
public sealed record AcceptedMessage(
    string Serial,
    string ConnectorUri,
    string Psk,
    ConnectorMessageClaims Claims,
    bool IsLastWill,
    ReplayState? NextState,
    long Generation,
    TelegramBytes? Telegram,
    DateTimeOffset ReceivedAt);

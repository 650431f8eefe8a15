using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// A message that passed every rule: its claims, the replay state decided for it (null for a last
/// will, which leaves the state alone) and, for an <c>up</c> message, the telegram it carries.
/// </summary>
public sealed record AcceptedMessage(
    string Serial,
    string ConnectorUri,
    string Psk,
    ConnectorMessageClaims Claims,
    bool IsLastWill,
    ReplayState? NextState,
    TelegramBytes? Telegram,
    DateTimeOffset ReceivedAt);

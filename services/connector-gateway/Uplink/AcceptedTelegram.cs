using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>A verified telegram and what live status records about it.</summary>
public sealed record AcceptedTelegram(
    string Serial,
    string ConnectorUri,
    string Module,
    byte[] Data,
    int? Rssi,
    ReplayState ReplayState,
    string? SenderUid,
    DateTimeOffset ReceivedAt);

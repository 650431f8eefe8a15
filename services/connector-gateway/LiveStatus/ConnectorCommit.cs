using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// What one accepted message changes in a connector's live status: the replay state decided for it
/// and that decision's generation (no replay state for a last will, which leaves it alone), whether
/// the connector is online, extra hash fields, and how many accepted telegrams it counts (a batch of
/// a connector's telegrams is one commit).
/// </summary>
public sealed record ConnectorCommit(
    string Serial,
    string ConnectorUri,
    ReplayState? ReplayState,
    long Generation,
    bool Online,
    DateTimeOffset SeenAt,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    int Telegrams);

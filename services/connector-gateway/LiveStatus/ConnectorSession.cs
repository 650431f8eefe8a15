using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// What the gateway remembers of a connector between messages: its replay state (rule 7), the
/// generation of that state (how many replay decisions led to it, so that writes to Redis that
/// complete out of order never put an older state over a newer one) and the radio modules its last
/// <c>status</c> listed (rule 8: a telegram's module must be installed).
/// </summary>
public sealed record ConnectorSession(ReplayState? ReplayState, long Generation, IReadOnlyList<string>? Modules)
{

    /// <summary>True unless the connector said which modules it has and this is not one of them.</summary>
    public bool HasModule(string module) =>
        Modules is null || Modules.Any(installed => string.Equals(installed, module, StringComparison.OrdinalIgnoreCase));
}

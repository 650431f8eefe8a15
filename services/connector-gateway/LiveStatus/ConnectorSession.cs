using Mobius.Micro.ConnectorProtocol.Replay;

namespace Mobius.Micro.ConnectorGateway.LiveStatus;

/// <summary>
/// What the gateway remembers of a connector between messages: its replay state (rule 7) and the
/// radio modules its last <c>status</c> listed (rule 8: a telegram's module must be installed).
/// </summary>
public sealed record ConnectorSession(ReplayState? ReplayState, IReadOnlyList<string>? Modules)
{
    public static readonly ConnectorSession Unknown = new(null, null);

    /// <summary>True unless the connector said which modules it has and this is not one of them.</summary>
    public bool HasModule(string module) =>
        Modules is null || Modules.Any(installed => string.Equals(installed, module, StringComparison.OrdinalIgnoreCase));
}

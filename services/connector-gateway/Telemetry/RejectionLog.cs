using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.ConnectorGateway.Telemetry;

/// <summary>
/// Logs a rejected message at most once per connector (or per topic when the serial is unknown)
/// per minute, with its reason and never the PSK or the token.
/// </summary>
public sealed partial class RejectionLog(TimeProvider clock, ILogger<RejectionLog> logger)
{
    private readonly LogThrottle _throttle = new(clock, TimeSpan.FromMinutes(1));

    public void Rejected(string source, string reason, string detail)
    {
        if (_throttle.ShouldLog(source))
        {
            LogRejected(source, reason, detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected message from {Connector}: {Reason} ({Detail}); further rejections from it are not logged for a minute")]
    private partial void LogRejected(string connector, string reason, string detail);
}

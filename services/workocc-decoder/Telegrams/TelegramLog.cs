using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>Logs telegrams that gave no reading at most once per connector (bad frames) or sensor (no object) per minute.</summary>
public sealed partial class TelegramLog(TimeProvider clock, ILogger<TelegramLog> logger)
{
    private readonly LogThrottle _throttle = new(clock, TimeSpan.FromMinutes(1));

    public void Rejected(string connectorSerial, string reason, string detail)
    {
        if (_throttle.ShouldLog(connectorSerial))
        {
            LogRejected(connectorSerial, reason, detail);
        }
    }

    public void NotWritten(string uid, string connectorSerial, string reason, string detail)
    {
        if (_throttle.ShouldLog(uid))
        {
            LogNotWritten(uid, connectorSerial, reason, detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WorkOcc telegram heard by {Connector} is no valid frame: {Reason} ({Detail})")]
    private partial void LogRejected(string connector, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "WorkOcc sensor {Uid} heard by {Connector} was not written: {Reason} ({Detail})")]
    private partial void LogNotWritten(string uid, string connector, string reason, string detail);
}

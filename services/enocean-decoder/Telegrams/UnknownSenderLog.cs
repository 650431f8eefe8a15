using Mobius.Micro.ServiceDefaults.Telemetry;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>Logs a telegram that gave no reading at most once per sender per minute, with the connector that heard it.</summary>
public sealed partial class UnknownSenderLog(TimeProvider clock, ILogger<UnknownSenderLog> logger)
{
    private readonly LogThrottle _throttle = new(clock, TimeSpan.FromMinutes(1));

    public void NotDecoded(string senderId, string connectorSerial, string reason, string detail)
    {
        if (_throttle.ShouldLog(senderId))
        {
            LogNotDecoded(senderId, connectorSerial, reason, detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram from {SenderId} heard by {Connector} gave no reading: {Reason} ({Detail})")]
    private partial void LogNotDecoded(string senderId, string connector, string reason, string detail);
}

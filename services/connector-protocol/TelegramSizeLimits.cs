namespace Mobius.Micro.ConnectorProtocol;

/// <summary>
/// How many bytes the <c>data</c> claim may carry per module; more is <see cref="RejectionReason.BadPayload"/>.
/// </summary>
public static class TelegramSizeLimits
{
    /// <summary>
    /// One ESP3 packet: sync, 4-byte header, CRC8H, data, optional data, CRC8D. Radio telegrams
    /// (ERP1, ERP2, remote management, chained messages) stay well below this; the ESP3 length
    /// fields would allow ~64 KiB, which no connector sends.
    /// </summary>
    public const int EnOceanMaxBytes = 1024;

    /// <summary>One WorkOcc frame: today at most 15 bytes (9 framing + 6 payload); room for new message types.</summary>
    public const int WorkOccMaxBytes = 64;

    public static int MaxBytes(RadioModule module) => module switch
    {
        RadioModule.EnOcean => EnOceanMaxBytes,
        RadioModule.WorkOcc => WorkOccMaxBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Unknown radio module."),
    };
}

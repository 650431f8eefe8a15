namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// An ERP1 radio telegram (<c>RORG data senderId status</c>) with the optional data an ESP3
/// RADIO_ERP1 packet adds. An addressed telegram (ADT, RORG A6) is unwrapped: <see cref="Rorg"/>
/// and <see cref="Payload"/> are the wrapped telegram's, <see cref="IsAddressed"/> is true and
/// <see cref="DestinationId"/> is the ADT destination.
/// </summary>
public sealed class Erp1Telegram : IRadioTelegram
{
    public required Rorg Rorg { get; init; }

    public required ReadOnlyMemory<byte> Payload { get; init; }

    public required string SenderId { get; init; }

    public required TelegramStatus Status { get; init; }

    /// <summary>True when the telegram came wrapped in an ADT (RORG A6).</summary>
    public bool IsAddressed { get; init; }

    /// <summary>8 upper-case hex digits: the ADT destination, else the optional data's destination; null when neither is present.</summary>
    public string? DestinationId { get; init; }

    /// <summary>Optional data: number of sub-telegrams received.</summary>
    public byte? SubTelegramNumber { get; init; }

    /// <summary>Optional data: best received signal strength in dBm (negative).</summary>
    public int? Dbm { get; init; }

    /// <summary>Optional data: security level (0 = not processed).</summary>
    public byte? SecurityLevel { get; init; }

    public bool IsTeachIn => TeachInDetector.IsTeachIn(Rorg, Payload.Span);
}

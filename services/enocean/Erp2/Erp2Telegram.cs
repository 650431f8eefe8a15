namespace Mobius.Micro.EnOcean.Erp2;

/// <summary>
/// An ERP2 radio telegram from an ESP3 RADIO_ERP2 packet, mapped to the RORG its telegram type
/// stands for so the EEP decoder reads it like an ERP1 telegram. ERP2 has no ERP1 status byte:
/// <see cref="Status"/> carries only the repeater count from the extended header, so RPS
/// telegrams read this way have neither T21 nor NU.
/// </summary>
public sealed class Erp2Telegram : IRadioTelegram
{
    /// <summary>ERP2 telegram type (header bits 3..0).</summary>
    public required int TelegramType { get; init; }

    public required Rorg Rorg { get; init; }

    public required ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>Originator id in upper-case hex: 6, 8 or 12 digits for 24, 32 or 48-bit ids.</summary>
    public required string SenderId { get; init; }

    /// <summary>8 upper-case hex digits when the address control carries a destination.</summary>
    public string? DestinationId { get; init; }

    public required TelegramStatus Status { get; init; }

    /// <summary>ESP3 optional data: number of sub-telegrams received.</summary>
    public byte? SubTelegramNumber { get; init; }

    /// <summary>ESP3 optional data: received signal strength in dBm (negative).</summary>
    public int? Dbm { get; init; }

    public bool IsTeachIn => TeachInDetector.IsTeachIn(Rorg, Payload.Span);
}

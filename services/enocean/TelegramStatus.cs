namespace Mobius.Micro.EnOcean;

/// <summary>
/// The ERP1 status byte split into its parts. The repeater count is the low nibble for every
/// RORG; <see cref="T21"/> and <see cref="NU"/> only mean something for RPS telegrams.
/// </summary>
public readonly record struct TelegramStatus(byte Raw)
{
    /// <summary>How many times the telegram was repeated (status bits 3..0).</summary>
    public int RepeaterCount => Raw & 0x0F;

    /// <summary>RPS: PTM type, status bit 5 (1 = PTM2xx, two rockers).</summary>
    public bool T21 => (Raw & 0x20) != 0;

    /// <summary>RPS: status bit 4, true for an N-message (buttons named), false for a U-message.</summary>
    public bool NU => (Raw & 0x10) != 0;
}

namespace Mobius.Micro.EnOcean;

/// <summary>A received radio telegram as the EEP decoder and device updates see it, whichever radio protocol carried it.</summary>
public interface IRadioTelegram
{
    /// <summary>The telegram's RORG (for an addressed telegram, the wrapped RORG).</summary>
    Rorg Rorg { get; }

    /// <summary>The data bytes between RORG and sender id (DB3..DB0 for 4BS).</summary>
    ReadOnlyMemory<byte> Payload { get; }

    /// <summary>Sender id in upper-case hex, 8 digits for the usual 32-bit ids.</summary>
    string SenderId { get; }

    /// <summary>8 upper-case hex digits when the telegram names a destination.</summary>
    string? DestinationId { get; }

    TelegramStatus Status { get; }

    /// <summary>Number of sub-telegrams received, when the radio module reported it.</summary>
    byte? SubTelegramNumber { get; }

    /// <summary>Received signal strength in dBm (negative), when the radio module reported it.</summary>
    int? Dbm { get; }

    /// <summary>True for a teach-in telegram: 4BS or 1BS with learn bit DB0.3 = 0, or any UTE telegram.</summary>
    bool IsTeachIn { get; }
}

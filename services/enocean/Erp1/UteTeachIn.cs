using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// A universal teach-in telegram (RORG D4, 7 data bytes DB6..DB0). DB6: bit 7 bidirectional,
/// bit 6 "no response expected", bits 5..4 request (query) or result (response), bits 3..0
/// command; DB5 channel count; DB4 manufacturer id LSB; DB3.2..0 manufacturer id MSB;
/// DB2 TYPE; DB1 FUNC; DB0 RORG of the announced EEP.
/// </summary>
public sealed record UteTeachIn
{
    private const int PayloadLength = 7;

    public required UteCommand Command { get; init; }

    public required bool IsBidirectional { get; init; }

    /// <summary>Query: whether the sender expects a teach-in response (DB6.6 = 0).</summary>
    public required bool IsResponseExpected { get; init; }

    /// <summary>Set for a query.</summary>
    public UteRequest? Request { get; init; }

    /// <summary>Set for a response.</summary>
    public UteResult? Result { get; init; }

    /// <summary>Number of channels to teach in; 0xFF means all channels the device supports.</summary>
    public required byte ChannelCount { get; init; }

    public required int ManufacturerId { get; init; }

    /// <summary>The announced EEP, e.g. <c>D2-14-41</c>.</summary>
    public required string Eep { get; init; }

    /// <summary>Reads a UTE telegram; false for another RORG, another length, or an unknown command or request.</summary>
    public static bool TryRead(IRadioTelegram telegram, [NotNullWhen(true)] out UteTeachIn? teachIn)
    {
        teachIn = null;
        var payload = telegram.Payload.Span;
        if (telegram.Rorg != Rorg.Ute || payload.Length != PayloadLength)
        {
            return false;
        }

        var flags = payload[0];
        var command = flags & 0x0F;
        var requestOrResult = (flags >> 4) & 0x03;
        if (!Enum.IsDefined((UteCommand)command))
        {
            return false;
        }

        var isQuery = (UteCommand)command == UteCommand.TeachInQuery;
        if (isQuery && !Enum.IsDefined((UteRequest)requestOrResult))
        {
            return false;
        }

        teachIn = new UteTeachIn
        {
            Command = (UteCommand)command,
            IsBidirectional = (flags & 0x80) != 0,
            IsResponseExpected = isQuery && (flags & 0x40) == 0,
            Request = isQuery ? (UteRequest)requestOrResult : null,
            Result = isQuery ? null : (UteResult)requestOrResult,
            ChannelCount = payload[1],
            ManufacturerId = ((payload[3] & 0x07) << 8) | payload[2],
            Eep = $"{payload[6]:X2}-{payload[5]:X2}-{payload[4]:X2}",
        };
        return true;
    }
}

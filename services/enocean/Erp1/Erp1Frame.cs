namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// An ERP1 telegram read in place, for hot paths: the same facts as <see cref="Erp1Telegram"/>
/// (addressed telegrams unwrapped, optional data read when present) without allocating; ids are
/// numbers and the payload is a slice of the input.
/// </summary>
public readonly ref struct Erp1Frame
{
    private Erp1Frame(Rorg rorg, ReadOnlySpan<byte> payload, uint senderId, TelegramStatus status, bool isAddressed, uint? destinationId, byte? subTelegramNumber, int? dbm, byte? securityLevel)
    {
        Rorg = rorg;
        Payload = payload;
        SenderId = senderId;
        Status = status;
        IsAddressed = isAddressed;
        DestinationId = destinationId;
        SubTelegramNumber = subTelegramNumber;
        Dbm = dbm;
        SecurityLevel = securityLevel;
    }

    public Rorg Rorg { get; }

    public ReadOnlySpan<byte> Payload { get; }

    public uint SenderId { get; }

    public TelegramStatus Status { get; }

    public bool IsAddressed { get; }

    public uint? DestinationId { get; }

    public byte? SubTelegramNumber { get; }

    public int? Dbm { get; }

    public byte? SecurityLevel { get; }

    public bool IsTeachIn => TeachInDetector.IsTeachIn(Rorg, Payload);

    /// <summary>Reads raw ERP1 data and its ESP3 optional data (empty for none); false (<c>INCOMPLETE</c>) when the data is too short.</summary>
    public static bool TryRead(ReadOnlySpan<byte> radioData, ReadOnlySpan<byte> optionalData, out Erp1Frame frame, out EnOceanErrorCode error)
    {
        if (!Erp1Layout.TryOf(radioData, out var layout))
        {
            frame = default;
            error = EnOceanErrorCode.Incomplete;
            return false;
        }

        frame = new Erp1Frame(
            (Rorg)radioData[layout.RorgIndex],
            radioData[layout.PayloadStart..layout.PayloadEnd],
            Erp1Layout.ReadId(radioData, layout.SenderStart),
            new TelegramStatus(radioData[^1]),
            layout.IsAddressed,
            layout.DestinationIn(radioData, optionalData),
            Erp1Layout.SubTelegramNumberIn(optionalData),
            Erp1Layout.DbmIn(optionalData),
            Erp1Layout.SecurityLevelIn(optionalData));
        error = default;
        return true;
    }
}

namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// A 4BS teach-in telegram of variant 2 (LRN type bit DB0.7 = 1), which announces its EEP:
/// FUNC is DB3.7..2, TYPE is DB3.1..0 with DB2.7..3, the manufacturer id is DB2.2..0 with DB1.
/// </summary>
public readonly record struct FourBsTeachIn(byte Func, byte Type, int ManufacturerId)
{
    private const byte LearnTypeWithEepMask = 0x80;

    /// <summary>The announced EEP, e.g. <c>A5-02-05</c>.</summary>
    public string Eep => $"A5-{Func:X2}-{Type:X2}";

    /// <summary>
    /// True when <paramref name="telegram"/> is a 4BS teach-in telegram of variant 2. Variant 1
    /// (DB0.7 = 0) is a teach-in without EEP information: false here, while its
    /// <see cref="IRadioTelegram.IsTeachIn"/> is still true.
    /// </summary>
    public static bool TryRead(IRadioTelegram telegram, out FourBsTeachIn teachIn)
    {
        var payload = telegram.Payload.Span;
        if (telegram.Rorg != Rorg.FourBs || !telegram.IsTeachIn || payload.Length != 4 || (payload[3] & LearnTypeWithEepMask) == 0)
        {
            teachIn = default;
            return false;
        }

        teachIn = new FourBsTeachIn(
            (byte)BitField.Read(payload, 0, 6),
            (byte)BitField.Read(payload, 6, 7),
            (int)BitField.Read(payload, 13, 11));
        return true;
    }
}

namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// Where the parts of ERP1 radio data are: <c>RORG payload senderId(4) status(1)</c>, or for an
/// addressed telegram <c>A6 RORG payload destinationId(4) senderId(4) status(1)</c>; and what the
/// ESP3 optional data <c>subTelNum(1) destinationId(4) dBm(1) securityLevel(1)</c> holds, each
/// field read when present. The one place both telegram readers take the layout from.
/// </summary>
internal readonly record struct Erp1Layout(int RorgIndex, int PayloadStart, int PayloadEnd, int SenderStart, bool IsAddressed)
{
    public const int IdLength = 4;
    private const int MinimumLength = 1 + 1 + IdLength + 1;
    private const int MinimumAddressedLength = 1 + MinimumLength + IdLength;
    private const int OptionalDestinationStart = 1;
    private const int OptionalDbmIndex = OptionalDestinationStart + IdLength;
    private const int OptionalSecurityIndex = OptionalDbmIndex + 1;

    /// <summary>The layout of <paramref name="data"/>; false when it is too short for its kind.</summary>
    public static bool TryOf(ReadOnlySpan<byte> data, out Erp1Layout layout)
    {
        var isAddressed = data.Length > 0 && data[0] == (byte)Rorg.Adt;
        if (data.Length < (isAddressed ? MinimumAddressedLength : MinimumLength))
        {
            layout = default;
            return false;
        }

        var senderStart = data.Length - 1 - IdLength;
        var rorgIndex = isAddressed ? 1 : 0;
        layout = new Erp1Layout(rorgIndex, rorgIndex + 1, isAddressed ? senderStart - IdLength : senderStart, senderStart, isAddressed);
        return true;
    }

    /// <summary>The ADT destination, else the optional data's destination, else null.</summary>
    public uint? DestinationIn(ReadOnlySpan<byte> data, ReadOnlySpan<byte> optional) =>
        IsAddressed ? ReadId(data, PayloadEnd)
        : optional.Length >= OptionalDbmIndex ? ReadId(optional, OptionalDestinationStart)
        : null;

    public static byte? SubTelegramNumberIn(ReadOnlySpan<byte> optional) => optional.Length >= 1 ? optional[0] : null;

    /// <summary>Optional data carries dBm without its sign.</summary>
    public static int? DbmIn(ReadOnlySpan<byte> optional) => optional.Length > OptionalDbmIndex ? -optional[OptionalDbmIndex] : null;

    public static byte? SecurityLevelIn(ReadOnlySpan<byte> optional) => optional.Length > OptionalSecurityIndex ? optional[OptionalSecurityIndex] : null;

    public static uint ReadId(ReadOnlySpan<byte> bytes, int start) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(start, IdLength));
}

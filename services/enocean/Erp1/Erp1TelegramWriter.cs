using System.Buffers.Binary;

namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// Writes ERP1 radio data for sending (<c>RORG payload senderId(4) status(1)</c>) and the ESP3
/// optional data that addresses it (<c>subTelNum(1) destinationId(4) dBm(1) securityLevel(1)</c>).
/// </summary>
public static class Erp1TelegramWriter
{
    /// <summary>Sub-telegrams to send: ESP3's value for sending is 3.</summary>
    private const byte SendSubTelegrams = 3;

    /// <summary>dBm when sending: 0xFF.</summary>
    private const byte SendDbm = 0xFF;

    /// <summary>Every device.</summary>
    public const uint Broadcast = 0xFFFFFFFF;

    public static byte[] Write(Rorg rorg, ReadOnlySpan<byte> payload, uint senderId, byte status = 0)
    {
        var data = new byte[1 + payload.Length + 4 + 1];
        data[0] = (byte)rorg;
        payload.CopyTo(data.AsSpan(1));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(1 + payload.Length), senderId);
        data[^1] = status;
        return data;
    }

    /// <summary>Optional data sending to <paramref name="destinationId"/> (<see cref="Broadcast"/> for every device), unencrypted.</summary>
    public static byte[] OptionalDataFor(uint destinationId)
    {
        var optional = new byte[7];
        optional[0] = SendSubTelegrams;
        BinaryPrimitives.WriteUInt32BigEndian(optional.AsSpan(1), destinationId);
        optional[5] = SendDbm;
        return optional;
    }
}

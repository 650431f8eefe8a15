using System.Buffers.Binary;

namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>
/// A RESPONSE packet: a return code and the data the answered command returns. A response does not
/// say which command it answers; one of five data bytes with RET_OK has the shape of the answer to
/// CO_RD_IDBASE, whose four bytes after the code are the module's base id.
/// </summary>
public readonly record struct Esp3Response(byte ReturnCode, ReadOnlyMemory<byte> ResponseData)
{
    private const int BaseIdResponseLength = 5;

    public string? ReturnCodeName => ResponseReturnCodeNames.NameOf(ReturnCode);

    /// <summary>The base id, when the response has the shape of a CO_RD_IDBASE answer.</summary>
    public uint? BaseId => ReturnCode == 0 && ResponseData.Length == BaseIdResponseLength - 1
        ? BinaryPrimitives.ReadUInt32BigEndian(ResponseData.Span)
        : null;

    /// <summary>The response in a RESPONSE packet; false when it has no data.</summary>
    public static bool TryRead(Esp3Packet packet, out Esp3Response response)
    {
        response = default;
        if (packet.PacketType != Esp3PacketType.Response || packet.Data.IsEmpty)
        {
            return false;
        }

        response = new Esp3Response(packet.Data.Span[0], packet.Data[1..]);
        return true;
    }
}

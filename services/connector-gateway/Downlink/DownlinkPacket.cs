using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.ConnectorGateway.Downlink;

/// <summary>
/// The <c>rawData</c> of an <c>ENOCEAN_RADIO_TX</c> command (an ESP3 packet without sync byte and
/// CRCs: 4-byte header, data, optional data) checked and completed into a full ESP3 packet.
/// </summary>
public static class DownlinkPacket
{
    private const int HeaderLength = 4;

    public static bool TryComplete(byte[] raw, out byte[] esp3, out string problem)
    {
        esp3 = [];
        if (raw.Length < HeaderLength)
        {
            problem = $"rawData has {raw.Length} bytes; the ESP3 header alone has {HeaderLength}";
            return false;
        }

        var dataLength = (raw[0] << 8) | raw[1];
        var optionalLength = raw[2];
        if (dataLength == 0 || raw.Length != HeaderLength + dataLength + optionalLength)
        {
            problem = $"header declares {dataLength} data and {optionalLength} optional bytes, but {raw.Length - HeaderLength} follow it";
            return false;
        }

        if (!Enum.IsDefined((Esp3PacketType)raw[3]))
        {
            problem = $"packet type {raw[3]} is not an ESP3 packet type";
            return false;
        }

        esp3 = Esp3PacketWriter.Write((Esp3PacketType)raw[3], raw.AsSpan(HeaderLength, dataLength), raw.AsSpan(HeaderLength + dataLength, optionalLength));
        problem = "";
        return true;
    }
}

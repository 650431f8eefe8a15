namespace Mobius.Micro.EnOcean.Erp1;

/// <summary>
/// The payload of a UTE teach-in response (RORG D4) to a query: DB6 bit 7 bidirectional as the
/// query, bits 5..4 the result, bits 3..0 command 1 (response); DB5..DB0 (channels, manufacturer,
/// TYPE, FUNC, RORG) repeat the query. It is sent addressed to the device that asked.
/// </summary>
public static class UteTeachInResponse
{
    private const int PayloadLength = 7;

    public static byte[] Payload(UteTeachIn query, UteResult result)
    {
        var eep = query.Eep.Split('-');
        var payload = new byte[PayloadLength];
        payload[0] = (byte)((query.IsBidirectional ? 0x80 : 0) | ((int)result << 4) | (int)UteCommand.TeachInResponse);
        payload[1] = query.ChannelCount;
        payload[2] = (byte)query.ManufacturerId;
        payload[3] = (byte)((query.ManufacturerId >> 8) & 0x07);
        payload[4] = Convert.ToByte(eep[2], 16);
        payload[5] = Convert.ToByte(eep[1], 16);
        payload[6] = Convert.ToByte(eep[0], 16);
        return payload;
    }
}

using System.Buffers.Binary;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>
/// Builds the complete ESP3 RADIO_ERP1 packet of a data telegram: <c>RORG payload senderId status</c>,
/// optional data <c>subTelNum destinationId dBm securityLevel</c> as a gateway's receiver writes it
/// (broadcast destination, one sub-telegram, no security), sync byte and both CRC8s. The case's
/// conditions are written over the fields, so the decoder picks that case, and the learn bit of 4BS
/// and 1BS marks a data telegram.
/// </summary>
public static class EepTelegramComposer
{
    private const int RorgLength = 1;
    private const int SenderIdLength = 4;
    private const int StatusLength = 1;
    private const byte SubTelegramCount = 1;
    private const byte Broadcast = 0xFF;
    private const byte NotProcessedSecurity = 0;

    public static byte[] Compose(EepDefinition definition, EepReading reading, uint senderId, int rssi)
    {
        var payloadLength = EepPayloadLayout.PayloadLength(definition, reading.Case);
        Span<byte> data = stackalloc byte[RorgLength + payloadLength + SenderIdLength + StatusLength];
        data[0] = (byte)definition.Rorg;
        var payload = data.Slice(RorgLength, payloadLength);
        var fields = reading.Case.Fields;
        for (var index = 0; index < fields.Count; index++)
        {
            EepFieldValues.Write(payload, fields[index], reading.RawValues[index]);
        }

        var status = data[^StatusLength..];
        foreach (var condition in reading.Case.Conditions)
        {
            var target = condition.Source == EepConditionSource.Status ? status : payload;
            BitField.Write(target, condition.BitOffset, condition.BitSize, condition.Min);
        }

        if (EepPayloadLayout.LearnBitOffset(definition, payloadLength) is { } learnBit)
        {
            BitField.Write(payload, learnBit, 1, 1);
        }

        BinaryPrimitives.WriteUInt32BigEndian(data.Slice(RorgLength + payloadLength, SenderIdLength), senderId);
        ReadOnlySpan<byte> optional =
            [SubTelegramCount, Broadcast, Broadcast, Broadcast, Broadcast, (byte)Math.Abs(rssi), NotProcessedSecurity];
        return Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, data, optional);
    }
}

using CsCheck;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>
/// ESP3 as the gateway and the EnOcean decoder read it: the packet parser, the stream reader, the
/// ERP1 telegram parser and the EEP decoder behind it. Every input ends in a packet or a typed
/// error, never in an exception; an accepted packet's CRCs are right.
/// </summary>
public sealed class Esp3FuzzTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<EepDefinition> Definitions = EepCatalog.All;

    [Fact]
    public void Esp3_packets_parse_or_fail_with_a_typed_error()
    {
        var frames = Gen.Frequency(
            (1, ByteEdits.Random(48)),
            (1, Gen.Select(Gen.Byte[0, 12], Gen.Byte.Array[0, 24], Gen.Byte.Array[0, 12], (type, data, optional) => Esp3PacketWriter.Write((Esp3PacketType)type, data, optional))),
            (1, ByteEdits.Mutated(Seeds())),
            (1, ByteEdits.Mutated(Seeds()).Select(WithValidCrcs)));

        var decoded = 0;
        FuzzRun.Check(output, "ESP3 + ERP1 + EEP", Gen.Select(frames, Gen.Int[0, Definitions.Count - 1]), input =>
        {
            var (frame, eep) = input;
            Esp3StreamReader.ReadAll(frame);
            if (!Esp3PacketParser.TryParse(frame, out var packet, out var error))
            {
                Assert.True(Enum.IsDefined(error), $"undefined error {error}");
                return;
            }

            Assert.Equal(Crc8.Compute(frame.AsSpan(1, 4)), frame[5]);
            if (packet.PacketType == Esp3PacketType.RadioErp1 && Erp1TelegramParser.TryParse(packet, out var telegram, out _))
            {
                var result = EepDecoder.Decode(Definitions[eep], telegram);
                Assert.All(result.Fields, field => Assert.False(double.IsNaN(field.Value)));
                decoded += result.IsSuccess ? 1 : 0;
            }
        });

        Assert.True(decoded > 0, "no generated frame reached a successful EEP decode");
    }

    /// <summary>RADIO_ERP1 packets of the four RORGs the catalog decodes.</summary>
    private static byte[][] Seeds() =>
    [
        Radio([0xA5, 0x00, 0xC8, 0x7D, 0x0A, 0x01, 0x02, 0x03, 0x04, 0x00]),
        Radio([0xF6, 0x30, 0x01, 0x02, 0x03, 0x04, 0x30]),
        Radio([0xD5, 0x09, 0x01, 0x02, 0x03, 0x04, 0x00]),
        Radio([0xD2, 0x04, 0x60, 0x80, 0x01, 0x02, 0x03, 0x04, 0x00]),
    ];

    private static byte[] Radio(byte[] data) => Esp3PacketWriter.Write(Esp3PacketType.RadioErp1, data, [0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x41, 0x00]);

    /// <summary>Both CRCs recomputed where the header fits, so a mutation reaches the ERP1 and EEP layers.</summary>
    private static byte[] WithValidCrcs(byte[] frame)
    {
        if (frame.Length < Esp3Packet.DataOffset || frame[0] != Esp3Packet.SyncByte)
        {
            return frame;
        }

        frame[5] = Crc8.Compute(frame.AsSpan(1, 4));
        var body = ((frame[1] << 8) | frame[2]) + frame[3];
        if (frame.Length > Esp3Packet.DataOffset + body)
        {
            frame[Esp3Packet.DataOffset + body] = Crc8.Compute(frame.AsSpan(Esp3Packet.DataOffset, body));
        }

        return frame;
    }
}

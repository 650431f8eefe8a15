using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Erp2;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>Turns a vector's hex into the library's objects, failing the test when the library refuses them.</summary>
internal static class VectorTelegrams
{
    public static byte[] Bytes(string? hex)
    {
        Assert.NotNull(hex);
        Assert.True(HexParser.TryParse(hex, out var bytes), $"not hex: {hex}");
        return bytes;
    }

    public static Esp3Packet Packet(EnOceanVector vector)
    {
        var parsed = Esp3PacketParser.TryParse(Bytes(vector.Esp3Hex), out var packet, out var error);
        Assert.True(parsed, $"{vector.Id}: {error.ToCode()}");
        return packet;
    }

    /// <summary>The radio telegram a RADIO_ERP1 or RADIO_ERP2 packet carries; null for other packet types.</summary>
    public static IRadioTelegram? TelegramIn(Esp3Packet packet)
    {
        switch (packet.PacketType)
        {
            case Esp3PacketType.RadioErp1:
                Assert.True(Erp1TelegramParser.TryParse(packet, out var erp1, out var erp1Error), erp1Error.ToCode());
                return erp1;
            case Esp3PacketType.RadioErp2:
                Assert.True(Erp2TelegramParser.TryParse(packet, out var erp2, out var erp2Error), erp2Error.ToCode());
                return erp2;
            default:
                return null;
        }
    }

    public static Erp1Telegram RawErp1(EnOceanVector vector)
    {
        var parsed = Erp1TelegramParser.TryParse(Bytes(vector.Erp1Hex), ReadOnlyMemory<byte>.Empty, out var telegram, out var error);
        Assert.True(parsed, $"{vector.Id}: {error.ToCode()}");
        Assert.NotNull(telegram);
        return telegram;
    }
}

using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>Breaks one CRC of a correct telegram: an ESP3 packet's CRC8H or CRC8D (either, at random), or a WorkOcc frame's CRC.</summary>
public static class TelegramCorruption
{
    private const int Esp3HeaderCrcIndex = 5;

    public static void CorruptCrc(RadioModule module, byte[] telegram, Random random)
    {
        var index = module == RadioModule.EnOcean && random.Next(2) == 0 ? Esp3HeaderCrcIndex : telegram.Length - 1;
        telegram[index] ^= (byte)random.Next(1, 256);
    }
}

using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// Rule 8, the content of an <c>up</c> message: an EnOcean telegram must be exactly one ESP3 packet
/// whose header and data CRCs are right. Also finds the sender UID that live status shows.
/// The WorkOcc frame is checked in full by its decoder; here only its claim shape counts.
/// </summary>
public static class TelegramContent
{
    public static bool TryRead(RadioModule module, string hex, out TelegramBytes telegram, out string problem)
    {
        var bytes = Convert.FromHexString(hex);
        telegram = new TelegramBytes(module == RadioModule.WorkOcc ? RadioModules.WorkOcc : RadioModules.EnOcean, bytes, null);
        problem = "";
        if (module == RadioModule.WorkOcc)
        {
            telegram = telegram with { SenderUid = WorkOccUid(bytes) };
            return true;
        }

        if (!Esp3PacketParser.TryParse(bytes, out var packet, out var error))
        {
            problem = error.ToCode();
            return false;
        }

        if (packet.Length != bytes.Length)
        {
            problem = $"{bytes.Length - packet.Length} bytes after the ESP3 packet";
            return false;
        }

        if (packet.PacketType == Esp3PacketType.RadioErp1 && Erp1TelegramParser.TryParse(packet, out var erp1, out _))
        {
            telegram = telegram with { SenderUid = erp1.SenderId };
        }

        return true;
    }

    /// <summary>The sensor UID of a WorkOcc frame: bytes 3..6 (workocc-frame.md), when the frame is long enough.</summary>
    private static string? WorkOccUid(byte[] frame) => frame.Length >= 7 ? Convert.ToHexString(frame, 3, 4) : null;
}

/// <summary>The decoded bytes of a telegram, its module's wire name and, when known, its sender's UID.</summary>
public readonly record struct TelegramBytes(string Module, byte[] Data, string? SenderUid);

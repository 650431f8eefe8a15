namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>What workocc-frame.md requires of a frame, checked from the spec's own text: the reason it is invalid, or null.</summary>
public static class WorkOccFrameCheck
{
    private static readonly Dictionary<byte, int> PayloadLengthByType = new() { [1] = 4, [2] = 4, [3] = 6, [4] = 5, [5] = 4 };

    public static string? Problem(byte[] frame)
    {
        if (frame.Length < 9 || frame[0] != 0xA7 || frame[1] != 0x01)
        {
            return "sync or version";
        }

        if (!PayloadLengthByType.TryGetValue(frame[2], out var payloadLength) || frame.Length != 8 + payloadLength + 1)
        {
            return $"type {frame[2]} or length {frame.Length}";
        }

        if (ReferenceCrc8.Compute(frame.AsSpan(1, frame.Length - 2)) != frame[^1])
        {
            return "CRC";
        }

        var payload = frame.AsSpan(8, payloadLength);
        return frame[2] switch
        {
            1 when payload[0] > 2 || Battery(payload[3]) => "occupancy state or battery",
            2 when payload[0] > 2 || Battery(payload[1]) => "heartbeat state or battery",
            4 when payload[2] is > 200 and < 255 => "humidity",
            5 when Battery(payload[0]) || (payload[3] & 0xF8) != 0 => "health battery or reserved flags",
            _ => null,
        };
    }

    private static bool Battery(byte percent) => percent is > 100 and < 255;
}

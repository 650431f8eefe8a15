using System.Buffers.Binary;
using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>
/// An under-desk PIR sensor: someone sits down or leaves with a chance of 20 % per frame; it
/// reports occupancy with the seconds since the last change (0xFFFF beyond 18 h), and every 8th
/// frame a heartbeat with its firmware version instead.
/// </summary>
public sealed class DeskOccupancySensor : WorkOccSensor
{
    private const double ChangeChance = 0.2;
    private const int HeartbeatEvery = 8;
    private const byte Vacant = 0;
    private const byte Occupied = 1;
    private const byte FirmwareMajor = 1;
    private const byte FirmwareMinor = 4;
    private const int LongestStartingHoldSeconds = 3600;

    private byte _state;
    private DateTimeOffset? _lastChange;
    private readonly int _startingHoldSeconds;

    public DeskOccupancySensor(uint uid, Random random)
        : base(uid, random)
    {
        _state = random.Next(2) == 0 ? Vacant : Occupied;
        _startingHoldSeconds = random.Next(LongestStartingHoldSeconds);
    }

    protected override (WorkOccMessageType Type, byte[] Payload) NextMessage(Random random, DateTimeOffset now, int frameNumber)
    {
        _lastChange ??= now.AddSeconds(-_startingHoldSeconds);
        if (frameNumber % HeartbeatEvery == 0)
        {
            return (WorkOccMessageType.Heartbeat, [_state, (byte)Battery.Percent, FirmwareMajor, FirmwareMinor]);
        }

        if (random.NextDouble() < ChangeChance)
        {
            _state = _state == Occupied ? Vacant : Occupied;
            _lastChange = now;
        }

        var payload = new byte[4];
        payload[0] = _state;
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(1, 2), SinceChange(now - _lastChange.Value));
        payload[3] = (byte)Battery.Percent;
        return (WorkOccMessageType.Occupancy, payload);
    }

    /// <summary>Whole seconds, 0xFFFF meaning "more than 18 h".</summary>
    private static ushort SinceChange(TimeSpan held) =>
        held.TotalSeconds >= ushort.MaxValue ? ushort.MaxValue : (ushort)Math.Max(0, held.TotalSeconds);
}

using System.Buffers.Binary;

namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>
/// Reads the payload of each message type, whose length the parser has already checked, and
/// rejects out-of-range values and reserved bits as <see cref="WorkOccErrorCode.BadPayload"/>.
/// </summary>
internal static class WorkOccPayloadReader
{
    private const byte UnknownByte = 0xFF;
    private const ushort UnknownWord = 0xFFFF;
    private const int MaxBattery = 100;
    private const int MaxHumidityHalfPercent = 200;
    private const byte DefinedHealthFlags = 0b0000_0111;

    public static WorkOccFrameError? ReadOccupancy(ReadOnlySpan<byte> payload, string uid, byte sequence, out WorkOccFrame? frame)
    {
        frame = null;
        var sinceChange = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]);
        if ((CheckState(payload[0]) ?? CheckBattery(payload[3])) is { } error)
        {
            return error;
        }

        frame = new OccupancyFrame
        {
            Uid = uid,
            Sequence = sequence,
            State = (OccupancyState)payload[0],
            SinceChangeSeconds = sinceChange == UnknownWord ? null : sinceChange,
            Battery = Battery(payload[3]),
        };
        return null;
    }

    public static WorkOccFrameError? ReadHeartbeat(ReadOnlySpan<byte> payload, string uid, byte sequence, out WorkOccFrame? frame)
    {
        frame = null;
        if ((CheckState(payload[0]) ?? CheckBattery(payload[1])) is { } error)
        {
            return error;
        }

        frame = new HeartbeatFrame
        {
            Uid = uid,
            Sequence = sequence,
            State = (OccupancyState)payload[0],
            Battery = Battery(payload[1]),
            FirmwareMajor = payload[2],
            FirmwareMinor = payload[3],
        };
        return null;
    }

    public static WorkOccFrameError? ReadPeopleCount(ReadOnlySpan<byte> payload, string uid, byte sequence, out WorkOccFrame? frame)
    {
        frame = new PeopleCountFrame
        {
            Uid = uid,
            Sequence = sequence,
            In = BinaryPrimitives.ReadUInt16BigEndian(payload),
            Out = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]),
            Present = BinaryPrimitives.ReadUInt16BigEndian(payload[4..]),
        };
        return null;
    }

    public static WorkOccFrameError? ReadEnvironment(ReadOnlySpan<byte> payload, string uid, byte sequence, out WorkOccFrame? frame)
    {
        frame = null;
        var humidity = payload[2];
        if (humidity > MaxHumidityHalfPercent && humidity != UnknownByte)
        {
            return BadPayload(WorkOccPayloadProblem.HumidityOutOfRange, $"humidity {humidity} is neither 0..200 nor 255 (unknown)");
        }

        var illuminance = BinaryPrimitives.ReadUInt16BigEndian(payload[3..]);
        frame = new EnvironmentFrame
        {
            Uid = uid,
            Sequence = sequence,
            Temperature = BinaryPrimitives.ReadInt16BigEndian(payload) / 100.0,
            Humidity = humidity == UnknownByte ? null : humidity / 2.0,
            Illuminance = illuminance == UnknownWord ? null : illuminance,
        };
        return null;
    }

    public static WorkOccFrameError? ReadHealth(ReadOnlySpan<byte> payload, string uid, byte sequence, out WorkOccFrame? frame)
    {
        frame = null;
        var flags = payload[3];
        if (CheckBattery(payload[0]) is { } error)
        {
            return error;
        }

        if ((flags & ~DefinedHealthFlags) != 0)
        {
            return BadPayload(WorkOccPayloadProblem.ReservedFlagsSet, $"flags 0x{flags:X2} set reserved bits 3..7");
        }

        frame = new HealthFrame
        {
            Uid = uid,
            Sequence = sequence,
            Battery = Battery(payload[0]),
            BatteryMillivolts = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]),
            Tamper = (flags & 0b001) != 0,
            LowBattery = (flags & 0b010) != 0,
            SensorFault = (flags & 0b100) != 0,
        };
        return null;
    }

    private static WorkOccFrameError? CheckState(byte state) =>
        state > (byte)OccupancyState.Unknown
            ? BadPayload(WorkOccPayloadProblem.StateOutOfRange, $"state {state} is not 0 (vacant), 1 (occupied) or 2 (unknown)")
            : null;

    private static WorkOccFrameError? CheckBattery(byte battery) =>
        battery > MaxBattery && battery != UnknownByte
            ? BadPayload(WorkOccPayloadProblem.BatteryOutOfRange, $"battery {battery} is neither 0..100 % nor 255 (unknown)")
            : null;

    private static int? Battery(byte battery) => battery == UnknownByte ? null : battery;

    private static WorkOccFrameError BadPayload(WorkOccPayloadProblem problem, string message) =>
        new(WorkOccErrorCode.BadPayload, problem, message);
}

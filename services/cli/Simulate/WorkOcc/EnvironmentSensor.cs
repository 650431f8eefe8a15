using System.Buffers.Binary;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>An office environment sensor: temperature 18–26 °C, humidity 30–65 % and illuminance 0–900 lux, each drifting.</summary>
public sealed class EnvironmentSensor(uint uid, Random random) : WorkOccSensor(uid, random)
{
    private const double HundredthsPerDegree = 100;
    private const double RawPerPercent = 2;

    private readonly DriftingValue _temperature = new(18, 26, 0.02, random);
    private readonly DriftingValue _humidity = new(30, 65, 0.02, random);
    private readonly DriftingValue _illuminance = new(0, 900, 0.05, random);

    protected override (WorkOccMessageType Type, byte[] Payload) NextMessage(Random random, DateTimeOffset now, int frameNumber)
    {
        var payload = new byte[5];
        BinaryPrimitives.WriteInt16BigEndian(payload.AsSpan(0, 2), (short)Math.Round(_temperature.Next(random) * HundredthsPerDegree));
        payload[2] = (byte)Math.Round(_humidity.Next(random) * RawPerPercent);
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(3, 2), (ushort)Math.Round(_illuminance.Next(random)));
        return (WorkOccMessageType.Environment, payload);
    }
}

using System.Buffers.Binary;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>
/// What every simulated WorkOcc sensor shares: its UID, the frame sequence number (random start,
/// wrapping at 256), its battery, and a health frame every 20th frame. Each kind says what the
/// other frames carry.
/// </summary>
public abstract class WorkOccSensor(uint uid, Random random) : ISimulatedDevice
{
    private const int HealthEvery = 20;
    private const double TamperChance = 0.02;
    private const byte Tamper = 0x01;
    private const byte LowBattery = 0x02;

    private byte _sequence = (byte)random.Next(256);
    private int _frames;

    public RadioModule Module => RadioModule.WorkOcc;

    public string Uid { get; } = uid.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);

    protected WorkOccBattery Battery { get; } = new(random);

    public byte[] NextTelegram(Random random, DateTimeOffset now, int rssi)
    {
        _frames++;
        Battery.Drain(random);
        var (type, payload) = _frames % HealthEvery == 0 ? (WorkOccMessageType.Health, HealthPayload(random)) : NextMessage(random, now, _frames);
        return WorkOccFrameWriter.Write(type, uid, _sequence++, payload);
    }

    /// <summary>The type and payload of a frame that is not a health frame.</summary>
    /// <param name="frameNumber">1 for the sensor's first frame, +1 for each.</param>
    protected abstract (WorkOccMessageType Type, byte[] Payload) NextMessage(Random random, DateTimeOffset now, int frameNumber);

    private byte[] HealthPayload(Random random)
    {
        var payload = new byte[4];
        payload[0] = (byte)Battery.Percent;
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(1, 2), (ushort)Battery.Millivolts);
        payload[3] = (byte)((random.NextDouble() < TamperChance ? Tamper : 0) | (Battery.IsLow ? LowBattery : 0));
        return payload;
    }
}

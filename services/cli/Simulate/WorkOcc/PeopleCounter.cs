using System.Buffers.Binary;
using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.Cli.Simulate.WorkOcc;

/// <summary>
/// A room or door people counter: between frames up to 3 people come in and up to 3 of those present
/// leave. The running in/out totals start anywhere and wrap at 65536, as a real counter's do after a while.
/// </summary>
public sealed class PeopleCounter(uint uid, Random random) : WorkOccSensor(uid, random)
{
    private const int MostPerFrame = 3;

    private ushort _in = (ushort)random.Next(ushort.MaxValue + 1);
    private ushort _out = (ushort)random.Next(ushort.MaxValue + 1);
    private int _present = random.Next(20);

    protected override (WorkOccMessageType Type, byte[] Payload) NextMessage(Random random, DateTimeOffset now, int frameNumber)
    {
        var entering = random.Next(MostPerFrame + 1);
        var leaving = random.Next(Math.Min(_present + entering, MostPerFrame) + 1);
        _in = unchecked((ushort)(_in + entering));
        _out = unchecked((ushort)(_out + leaving));
        _present += entering - leaving;

        var payload = new byte[6];
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(0, 2), _in);
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(2, 2), _out);
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(4, 2), (ushort)_present);
        return (WorkOccMessageType.PeopleCount, payload);
    }
}

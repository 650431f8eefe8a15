namespace Mobius.Micro.WorkOcc.Frames;

/// <summary>Type <c>0x03</c>: running totals since the sensor's boot (wrapping at 65536) and the people present now.</summary>
public sealed record PeopleCountFrame : WorkOccFrame
{
    public override WorkOccMessageType Type => WorkOccMessageType.PeopleCount;

    public required ushort In { get; init; }

    public required ushort Out { get; init; }

    public required int Present { get; init; }
}

using Mobius.Micro.WorkOcc.Frames;

namespace Mobius.Micro.WorkOccDecoder.Tests;

/// <summary>Frames for the tests, from hex worked out by hand from workocc-frame.md.</summary>
internal static class Frames
{
    /// <summary>The specification's example: occupancy from 4B1D0007, sequence 42, occupied, changed 300 s ago, battery 85 %.</summary>
    public const string SpecExample = "A701014B1D00072A01012C5532";

    /// <summary>People count from DEADBEEF, sequence 7: in 65535, out 12, present 3.</summary>
    public const string PeopleCount = "A70103DEADBEEF07FFFF000C000399";

    public static WorkOccFrame Parse(string hex)
    {
        Assert.True(WorkOccFrameParser.TryParseHex(hex, out var frame, out var error), error.Message);
        return frame;
    }
}

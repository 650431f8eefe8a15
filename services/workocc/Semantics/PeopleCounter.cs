namespace Mobius.Micro.WorkOcc.Semantics;

/// <summary>
/// Keeps people-counter totals monotonic. The sensor's raw totals count since its boot and wrap at
/// 65536. A raw total that grew adds the difference. One that fell either wrapped (it was near the
/// top and the step through 65536 is at most <see cref="MaxWrapStep"/>) or the sensor rebooted and
/// counts from zero again; after a reboot, or a restarted sequence with falling totals, the new raw
/// totals are what passed since the boot, so they are added as they are. No frame ever lowers a total.
/// </summary>
public static class PeopleCounter
{
    /// <summary>The most people a fallen raw total may stand for through a wrap; a larger step is a reboot.</summary>
    public const int MaxWrapStep = 2048;

    private const int Modulus = 65536;

    /// <param name="previous">The totals so far; <see langword="null"/> before the first people-count frame (the totals start at the raw ones).</param>
    /// <param name="sequenceRestarted">The frame's sequence number showed a restart: falling totals are then a reboot, never a wrap.</param>
    public static PeopleCountStep Apply(PeopleTotals? previous, ushort rawIn, ushort rawOut, bool sequenceRestarted)
    {
        if (previous is null)
        {
            return new PeopleCountStep(new PeopleTotals(rawIn, rawOut, rawIn, rawOut), false);
        }

        var rebooted = IsReboot(previous.LastIn, rawIn, sequenceRestarted) || IsReboot(previous.LastOut, rawOut, sequenceRestarted);
        var addedIn = rebooted ? rawIn : Step(previous.LastIn, rawIn);
        var addedOut = rebooted ? rawOut : Step(previous.LastOut, rawOut);
        return new PeopleCountStep(new PeopleTotals(rawIn, rawOut, previous.TotalIn + addedIn, previous.TotalOut + addedOut), rebooted);
    }

    private static bool IsReboot(ushort last, ushort current, bool sequenceRestarted) =>
        current < last && (sequenceRestarted || Step(last, current) > MaxWrapStep);

    private static int Step(ushort last, ushort current) => (current - last + Modulus) % Modulus;
}

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>The names of <see cref="Misbehaviour"/> on the command line, in the summary and in JSON lines.</summary>
public static class MisbehaviourNames
{
    public static string ToName(this Misbehaviour misbehaviour) => misbehaviour switch
    {
        Misbehaviour.None => "none",
        Misbehaviour.WrongPsk => "wrong-psk",
        Misbehaviour.Replay => "replay",
        Misbehaviour.Stale => "stale",
        Misbehaviour.Malformed => "malformed",
        Misbehaviour.BadCrc => "bad-crc",
        _ => throw new ArgumentOutOfRangeException(nameof(misbehaviour), misbehaviour, "Unknown misbehaviour."),
    };
}

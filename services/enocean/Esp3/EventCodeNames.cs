namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>The ESP3 names of EVENT codes (the first data byte of packet type 4).</summary>
public static class EventCodeNames
{
    private static readonly string[] Names =
    [
        "", "SA_RECLAIM_NOT_SUCCESSFUL", "SA_CONFIRM_LEARN", "SA_LEARN_ACK", "CO_READY", "CO_EVENT_SECUREDEVICES",
        "CO_DUTYCYCLE_LIMIT", "CO_TRANSMIT_FAILED",
    ];

    /// <summary>The name of <paramref name="code"/>, or null for a code ESP3 does not name.</summary>
    public static string? NameOf(byte code) => code < Names.Length && Names[code].Length > 0 ? Names[code] : null;
}

namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>The ESP3 names of SMART_ACK_COMMAND codes (the first data byte of packet type 6).</summary>
public static class SmartAckCommandNames
{
    private static readonly string[] Names =
    [
        "", "SA_WR_LEARNMODE", "SA_RD_LEARNMODE", "SA_WR_LEARNCONFIRM", "SA_WR_CLIENTLEARNRQ", "SA_WR_RESET",
        "SA_RD_LEARNEDCLIENTS", "SA_WR_RECLAIMS", "SA_WR_POSTMASTER",
    ];

    /// <summary>The name of <paramref name="code"/>, or null for a code ESP3 does not name.</summary>
    public static string? NameOf(byte code) => code < Names.Length && Names[code].Length > 0 ? Names[code] : null;
}

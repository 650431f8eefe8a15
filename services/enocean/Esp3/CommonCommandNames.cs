namespace Mobius.Micro.EnOcean.Esp3;

/// <summary>The ESP3 names of COMMON_COMMAND codes (the first data byte of packet type 5).</summary>
public static class CommonCommandNames
{
    private static readonly string[] Names =
    [
        "", "CO_WR_SLEEP", "CO_WR_RESET", "CO_RD_VERSION", "CO_RD_SYS_LOG", "CO_WR_SYS_LOG", "CO_WR_BIST", "CO_WR_IDBASE",
        "CO_RD_IDBASE", "CO_WR_REPEATER", "CO_RD_REPEATER", "CO_WR_FILTER_ADD", "CO_WR_FILTER_DEL", "CO_WR_FILTER_DEL_ALL",
        "CO_WR_FILTER_ENABLE", "CO_RD_FILTER", "CO_WR_WAIT_MATURITY", "CO_WR_SUBTEL", "CO_WR_MEM", "CO_RD_MEM",
        "CO_RD_MEM_ADDRESS", "CO_RD_SECURITY", "CO_WR_SECURITY", "CO_WR_LEARNMODE", "CO_RD_LEARNMODE",
        "CO_WR_SECUREDEVICE_ADD", "CO_WR_SECUREDEVICE_DEL", "CO_RD_SECUREDEVICE_BY_INDEX", "CO_WR_MODE",
        "CO_RD_NUMSECUREDEVICES", "CO_RD_SECUREDEVICE_BY_ID", "CO_WR_SECUREDEVICE_ADD_PSK", "CO_WR_SECUREDEVICE_SENDTEACHIN",
        "CO_WR_TEMPORARY_RLC_WINDOW", "CO_RD_SECUREDEVICE_PSK", "CO_RD_DUTYCYCLE_LIMIT", "CO_SET_BAUDRATE",
        "CO_GET_FREQUENCY_INFO", "", "CO_GET_STEPCODE",
    ];

    /// <summary>The name of <paramref name="code"/>, or null for a code ESP3 does not name.</summary>
    public static string? NameOf(byte code) => code < Names.Length && Names[code].Length > 0 ? Names[code] : null;
}

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>Every expectation key the fixture uses, sorted by who checks it.</summary>
internal static class ExpectationKeys
{
    /// <summary>Checked by <see cref="FrameExpectations"/>.</summary>
    public static readonly IReadOnlySet<string> Frame = new HashSet<string>
    {
        "packet_type", "data_len", "opt_len", "sender_id", "status", "T21", "NU", "repeater_count",
        "rorg", "payload", "dbm", "dbm_raw", "subtel", "destination", "teach_in",
        "teachin_func", "teachin_type", "teachin_manufacturer", "lrn_type_with_eep",
        "ute_eep", "ute_cmd", "ute_bidirectional", "ute_response_expected", "ute_request",
        "ute_result", "ute_manufacturer", "erp2_originator", "erp2_telegram_type", "erp2_crc_ok",
        "command_code", "command", "return_code", "base_id", "msc_manufacturer",
    };

    /// <summary>Checked by the stream vector test.</summary>
    public static readonly IReadOnlySet<string> Stream = new HashSet<string> { "packet_count", "packet_0_data" };

    public const string PacketsFromPrefix = "packets_from_";

    /// <summary>F6-10-00's handle position: a word of the window handle field's text, checked with the fields.</summary>
    public const string HandlePosition = "position";
}

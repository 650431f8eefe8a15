namespace Mobius.Micro.EnOceanDecoder.Broadcasts;

/// <summary>The Engine API's broadcast command ids for received EnOcean telegrams.</summary>
public static class BroadcastCommandIds
{
    /// <summary>RPS, 1BS, 4BS, UTE and signal telegrams.</summary>
    public const string Erp1 = "ENOCEAN_RADIO_ERP1";

    /// <summary>Variable length data (VLD, RORG D2) telegrams.</summary>
    public const string Erp1Vld = "ENOCEAN_RADIO_ERP1_VLD";

    /// <summary>Manufacturer specific (MSC, RORG D1) telegrams.</summary>
    public const string Msc = "ENOCEAN_RADIO_MSC";

    /// <summary>Remote management commands (ESP3 packet type REMOTE_MAN_COMMAND).</summary>
    public const string Rmc = "ENOCEAN_RADIO_RMC";
}

namespace Mobius.Micro.ObjectStore.Commands;

/// <summary>
/// The broadcast commands (BCMD) of this node: <c>ENOCEAN_RADIO_TX</c>, which clients send (role
/// <c>write</c>), and the received-telegram broadcasts the decoders send to <c>broadcast-command</c>
/// subscribers, which clients cannot send.
/// </summary>
public static class CommandCatalog
{
    public const string EnOceanRadioTx = "ENOCEAN_RADIO_TX";

    public static IReadOnlyList<CommandProfile> All { get; } =
    [
        new(EnOceanRadioTx, "Send an ESP3 packet (header, data, optional data; no sync byte or CRCs) through a connector's EnOcean module",
            Invocable: true, ["connectorURI", "rawData"]),
        new("ENOCEAN_RADIO_ERP1", "A received ERP1 telegram (rorg, db_0..db_n, uid, status, subTelNum, dBm, connectorURI)", Invocable: false, []),
        new("ENOCEAN_RADIO_ERP1_VLD", "A received variable-length (VLD) ERP1 telegram", Invocable: false, []),
        new("ENOCEAN_RADIO_MSC", "A received manufacturer-specific (MSC) telegram", Invocable: false, []),
        new("ENOCEAN_RADIO_RMC", "A received remote management command (RMC)", Invocable: false, []),
        new("WORKOCC_TELEGRAM", "A received WorkPlace Occupancy telegram", Invocable: false, []),
    ];

    public static CommandProfile? Find(string cid) => All.FirstOrDefault(command => command.Cid == cid);
}

/// <summary>A command: its id, what it does, whether clients may send it, and the members of its body.</summary>
public sealed record CommandProfile(string Cid, string Description, bool Invocable, IReadOnlyList<string> Parameters);

using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>A connector's PSK, and the key its <see cref="Misbehaviour.WrongPsk"/> messages are signed with instead.</summary>
public sealed class ConnectorKeys
{
    public ConnectorKeys(ConnectorSerial serial, string psk)
    {
        Psk = ConnectorPsk.Create(psk);
        var wrong = $"not the PSK of {serial}";
        WrongPsk = ConnectorPsk.Create(wrong == psk ? wrong + "!" : wrong);
    }

    public ConnectorPsk Psk { get; }

    public ConnectorPsk WrongPsk { get; }
}

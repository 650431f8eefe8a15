using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Objects;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>A connector object as the gateway needs it: URI, PSK (the real one: the bus is internal) and whether it is enabled.</summary>
public static class ConnectorCredentialsReader
{
    /// <summary>The resources <see cref="Read"/> needs.</summary>
    public static readonly string[] Rids = [ConnectorProfile.SerialNumber, ConnectorProfile.Enabled, ConnectorProfile.Psk];

    public static ConnectorCredentials Read(ObjectInstance connector) => new()
    {
        Serial = ((StringValue)connector.PresentValueOf(ConnectorProfile.SerialNumber)).Value,
        Found = true,
        Enabled = connector.PresentValueOf(ConnectorProfile.Enabled) is BoolValue { Value: true },
        ConnectorUri = connector.Uri.ToString(),
        Psk = ((StringValue)connector.PresentValueOf(ConnectorProfile.Psk)).Value,
    };
}

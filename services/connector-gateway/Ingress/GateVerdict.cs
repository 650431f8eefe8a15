namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>What the gateway decided about one connector message.</summary>
public abstract record GateVerdict
{
    /// <summary>Verified: hand it to the handler of its kind.</summary>
    public sealed record Accepted(AcceptedMessage Message) : GateVerdict;

    /// <summary>Refused for <paramref name="Reason"/>; <paramref name="Serial"/> is set when the connector is known, to count it there.</summary>
    public sealed record Rejected(string Source, string Reason, string Detail, string? Serial) : GateVerdict;

    /// <summary>A QoS 1 redelivery of a message already accepted: dropped without counting it as an attack.</summary>
    public sealed record Duplicate(string Serial) : GateVerdict;
}

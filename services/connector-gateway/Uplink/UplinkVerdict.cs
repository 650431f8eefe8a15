namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>What the gateway decided about one <c>up</c> message.</summary>
public abstract record UplinkVerdict
{
    /// <summary>Verified: relay it to the bus.</summary>
    public sealed record Accepted(AcceptedTelegram Telegram) : UplinkVerdict;

    /// <summary>Refused for <paramref name="Reason"/>; <paramref name="Serial"/> is set when the connector is known, to count it there.</summary>
    public sealed record Rejected(string Source, string Reason, string Detail, string? Serial) : UplinkVerdict;

    /// <summary>A QoS 1 redelivery of a message already accepted: dropped without counting it as an attack.</summary>
    public sealed record Duplicate(string Serial) : UplinkVerdict;
}

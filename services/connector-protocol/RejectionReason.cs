namespace Mobius.Micro.ConnectorProtocol;

/// <summary>
/// Why the gateway rejects a connector message, in the order of the verification rules
/// (connector-protocol.md); the first failing rule decides. Wire names: <see cref="RejectionReasonNames"/>.
/// A QoS 1 redelivery of an accepted message is not a rejection reason: see <c>ReplayVerdict.Duplicate</c>.
/// </summary>
public enum RejectionReason
{
    /// <summary>Rule 1: the topic is not <c>{prefix}/connectors/{serial}/{kind}</c> with a valid serial.</summary>
    BadTopic,

    /// <summary>Rule 2: not a compact HS256 JWS of at most 4 KiB, or a claim is missing or of the wrong type.</summary>
    Malformed,

    /// <summary>Rule 3: no enabled connector object has this serial.</summary>
    UnknownConnector,

    /// <summary>Rule 4: the signature does not verify with the connector's PSK.</summary>
    BadSignature,

    /// <summary>Rule 5: the <c>sn</c> or <c>typ</c> claim differs from the topic.</summary>
    TopicMismatch,

    /// <summary>Rule 6: <c>iat</c> is further from now than the freshness window.</summary>
    Stale,

    /// <summary>Rule 7: an old <c>(boot, seq)</c> that was never accepted, i.e. not a mere redelivery.</summary>
    Replay,

    /// <summary>Rule 8: unknown or disabled module, or <c>data</c> that is not a telegram of that module.</summary>
    BadPayload,
}

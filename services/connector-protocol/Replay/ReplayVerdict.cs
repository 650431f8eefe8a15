namespace Mobius.Micro.ConnectorProtocol.Replay;

/// <summary>What rule 7 says about a verified message.</summary>
public enum ReplayVerdict
{
    /// <summary>New: relay it and store the decision's next state.</summary>
    Accept,

    /// <summary>
    /// A redelivery of a message already accepted (QoS 1): drop it silently, it is not an attack and not
    /// counted as a rejection.
    /// </summary>
    Duplicate,

    /// <summary>An old message that was never accepted: reject it as <see cref="RejectionReason.Replay"/>.</summary>
    Replay,
}

namespace Mobius.Micro.ConnectorProtocol;

/// <summary>The wire names of <see cref="RejectionReason"/>: metric tag values and log reason codes.</summary>
public static class RejectionReasonNames
{
    public static string ToWireName(this RejectionReason reason) => reason switch
    {
        RejectionReason.BadTopic => "bad_topic",
        RejectionReason.Malformed => "malformed",
        RejectionReason.UnknownConnector => "unknown_connector",
        RejectionReason.BadSignature => "bad_signature",
        RejectionReason.TopicMismatch => "topic_mismatch",
        RejectionReason.Stale => "stale",
        RejectionReason.Replay => "replay",
        RejectionReason.BadPayload => "bad_payload",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown rejection reason."),
    };
}

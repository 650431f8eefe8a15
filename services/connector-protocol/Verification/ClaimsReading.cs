using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>The kind-specific claims of a message, or why they were refused.</summary>
internal readonly record struct ClaimsReading(ConnectorMessageClaims? Claims, RejectionReason Failure)
{
    public static ClaimsReading Malformed => new(null, RejectionReason.Malformed);

    public static ClaimsReading BadPayload => new(null, RejectionReason.BadPayload);

    public static ClaimsReading Of(ConnectorMessageClaims claims) => new(claims, default);
}

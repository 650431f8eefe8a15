using System.Diagnostics.CodeAnalysis;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>The outcome of <see cref="ConnectorMessageVerifier.VerifyAsync"/>: the verified message, or the first rule it failed.</summary>
public sealed class ConnectorMessageVerification
{
    private static readonly ConnectorMessageVerification[] RejectionsByReason =
        [.. Enum.GetValues<RejectionReason>().Select(reason => new ConnectorMessageVerification(null, reason))];

    private ConnectorMessageVerification(VerifiedConnectorMessage? message, RejectionReason? rejection)
    {
        Message = message;
        Rejection = rejection;
    }

    public VerifiedConnectorMessage? Message { get; }

    /// <summary>Set exactly when <see cref="IsVerified"/> is false.</summary>
    public RejectionReason? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Message))]
    public bool IsVerified => Message is not null;

    internal static ConnectorMessageVerification Verified(VerifiedConnectorMessage message) => new(message, null);

    internal static ConnectorMessageVerification Rejected(RejectionReason reason) => RejectionsByReason[(int)reason];
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>
/// Verifies connector messages in the order of connector-protocol.md, in two steps around the
/// caller's connector lookup (rule 3): <see cref="TryReadToken"/> is rule 2, <see cref="VerifyAsync"/>
/// rules 4, 5, 6 and the claim shape of rule 8. Rule 1 is <see cref="ConnectorTopicLayout.TryParse"/>,
/// rule 7 is <see cref="Replay.ReplayGuard"/>; module enablement and ESP3 CRCs stay with the caller.
/// </summary>
public sealed class ConnectorMessageVerifier
{
    private static readonly string[] Hs256Only = [SecurityAlgorithms.HmacSha256];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _freshnessWindowSeconds;

    /// <exception cref="ArgumentOutOfRangeException">The freshness window is shorter than one second.</exception>
    public ConnectorMessageVerifier(ConnectorMessageVerifierOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FreshnessWindow, TimeSpan.FromSeconds(1), nameof(options));
        _timeProvider = timeProvider;
        _freshnessWindowSeconds = (long)options.FreshnessWindow.TotalSeconds;
    }

    /// <summary>
    /// Rule 2. False (<see cref="RejectionReason.Malformed"/>) unless the payload is a compact JWS of at most
    /// 4 KiB with header <c>alg</c> exactly <c>HS256</c> and well-typed common claims.
    /// </summary>
    public static bool TryReadToken(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out ConnectorToken? token) =>
        ConnectorTokenReader.TryRead(payload, out token);

    /// <summary>Rules 4, 5, 6 and the claim shape of rule 8, in that order; the first failure decides.</summary>
    /// <param name="token">From <see cref="TryReadToken"/>.</param>
    /// <param name="psk">The PSK of the enabled connector object with the topic's serial.</param>
    /// <param name="topic">The topic the message arrived on.</param>
    /// <param name="currentBoot">
    /// The boot of the connector's latest accepted message (<see cref="Replay.ReplayState.Boot"/>), or null when
    /// none: a <c>status</c> with <c>online:false</c> and this boot is the last will and skips the freshness check.
    /// </param>
    public async ValueTask<ConnectorMessageVerification> VerifyAsync(
        ConnectorToken token, ConnectorPsk psk, ConnectorTopic topic, string? currentBoot)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(psk);

        TokenValidationResult signature = await _handler
            .ValidateTokenAsync(token.Jws, SignatureOnly(psk))
            .ConfigureAwait(false);
        if (!signature.IsValid)
        {
            return ConnectorMessageVerification.Rejected(RejectionReason.BadSignature);
        }

        if (!MatchesTopic(token, topic))
        {
            return ConnectorMessageVerification.Rejected(RejectionReason.TopicMismatch);
        }

        bool isLastWill = IsLastWillOfCurrentBoot(token, currentBoot);
        if (!isLastWill && !IsFresh(token.IssuedAtUnixSeconds))
        {
            return ConnectorMessageVerification.Rejected(RejectionReason.Stale);
        }

        ClaimsReading reading = topic.Kind switch
        {
            MessageKind.Up => UpClaimsReader.Read(token, topic.Serial),
            MessageKind.Status => StatusClaimsReader.Read(token, topic.Serial),
            MessageKind.Down => DownClaimsReader.Read(token, topic.Serial),
            MessageKind.Ack => AckClaimsReader.Read(token, topic.Serial),
            _ => throw new ArgumentOutOfRangeException(nameof(topic), topic.Kind, "Unknown message kind."),
        };
        return reading.Claims is null
            ? ConnectorMessageVerification.Rejected(reading.Failure)
            : ConnectorMessageVerification.Verified(new VerifiedConnectorMessage(reading.Claims, isLastWill));
    }

    // Only the HS256 signature is the library's to check; every claim rule is ours.
    private static TokenValidationParameters SignatureOnly(ConnectorPsk psk) => new()
    {
        IssuerSigningKey = psk.Key,
        ValidAlgorithms = Hs256Only,
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };

    private static bool MatchesTopic(ConnectorToken token, ConnectorTopic topic) =>
        ConnectorSerial.TryParse(token.Serial, out ConnectorSerial serial)
        && serial == topic.Serial
        && MessageKindNames.TryParse(token.Kind, out MessageKind kind)
        && kind == topic.Kind;

    private static bool IsLastWillOfCurrentBoot(ConnectorToken token, string? currentBoot) =>
        string.Equals(token.Kind, MessageKind.Status.ToWireName(), StringComparison.Ordinal)
        && StrictClaimReader.TryGetRequiredBoolean(token.Claims, ClaimNames.Online, out bool online)
        && !online
        && string.Equals(token.Boot, currentBoot, StringComparison.Ordinal);

    private bool IsFresh(long issuedAtUnixSeconds)
    {
        long now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        return issuedAtUnixSeconds >= now - _freshnessWindowSeconds
            && issuedAtUnixSeconds <= now + _freshnessWindowSeconds;
    }
}

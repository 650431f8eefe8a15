using Mobius.Micro.ConnectorGateway.Connectors;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Replay;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorGateway.Uplink;

/// <summary>
/// The connector protocol's verification rules for an <c>up</c> message, in the specification's
/// order; the first failure decides. Asks the object store (through the <see cref="ConnectorDirectory"/>)
/// and Redis (through <see cref="ConnectorReplayStates"/>), which may throw when they cannot answer.
/// </summary>
public sealed class UplinkVerifier(
    ConnectorTopicLayout topics,
    ConnectorDirectory directory,
    ConnectorMessageVerifier verifier,
    ConnectorReplayStates replayStates)
{
    public async Task<UplinkVerdict> VerifyAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (!topics.TryParse(message.Topic, out var topic) || topic.Kind != MessageKind.Up)
        {
            return Reject(message.Topic, RejectionReason.BadTopic, "not a connector up topic", serial: null);
        }

        var serial = topic.Serial.ToString();
        var connector = await directory.FindAsync(serial, cancellationToken);
        var knownSerial = connector.Found ? serial : null;

        if (!ConnectorMessageVerifier.TryReadToken(message.Payload, out var token))
        {
            return Reject(serial, RejectionReason.Malformed, $"{message.Payload.Length}-byte payload is not an HS256 compact JWS", knownSerial);
        }

        if (!connector.Found || !connector.Enabled || !ConnectorPsk.TryCreate(connector.Psk, out var psk))
        {
            var state = connector.Found ? "disabled or without a usable PSK" : "no connector object";
            return Reject(serial, RejectionReason.UnknownConnector, state, knownSerial);
        }

        var replayState = await replayStates.GetAsync(serial);
        var verification = await verifier.VerifyAsync(token, psk, topic, replayState?.Boot);
        if (verification.Message is not { Claims: UpClaims claims } verified)
        {
            return Reject(serial, verification.Rejection!.Value, "claims did not verify", serial);
        }

        var replay = ReplayGuard.Decide(replayState, verified);
        if (replay.Verdict == ReplayVerdict.Duplicate)
        {
            return new UplinkVerdict.Duplicate(serial);
        }

        if (replay.Verdict == ReplayVerdict.Replay || replay.NextState is null)
        {
            return Reject(serial, RejectionReason.Replay, $"boot {claims.Boot} seq {claims.Sequence} already passed", serial);
        }

        if (!TelegramContent.TryRead(claims.Module, claims.Data, out var telegram, out var problem))
        {
            return Reject(serial, RejectionReason.BadPayload, problem, serial);
        }

        replayStates.Record(serial, replay.NextState);
        return new UplinkVerdict.Accepted(new AcceptedTelegram(
            serial, connector.ConnectorUri!, telegram.Module, telegram.Data, claims.Rssi, replay.NextState, telegram.SenderUid, message.ReceivedAt));
    }

    private static UplinkVerdict.Rejected Reject(string source, RejectionReason reason, string detail, string? serial) =>
        new(source, reason.ToWireName(), detail, serial);
}

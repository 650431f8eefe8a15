using Mobius.Micro.ConnectorGateway.Connectors;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Replay;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorGateway.Ingress;

/// <summary>
/// The connector protocol's verification rules for a message from a connector (<c>up</c>,
/// <c>status</c>, <c>ack</c>), in the specification's order; the first failure decides. Asks the
/// object store (through the <see cref="ConnectorDirectory"/>) and Redis (through
/// <see cref="ConnectorSessions"/>), which throw when they cannot answer.
/// </summary>
public sealed class ConnectorMessageGate(
    ConnectorTopicLayout topics,
    ConnectorDirectory directory,
    ConnectorMessageVerifier verifier,
    ConnectorSessions sessions)
{
    public async Task<GateVerdict> VerifyAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (!topics.TryParse(message.Topic, out var topic) || topic.Kind == MessageKind.Down)
        {
            return Reject(message.Topic, RejectionReason.BadTopic, "not a topic connectors publish on", serial: null);
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

        var session = await sessions.GetAsync(serial);
        var verification = await verifier.VerifyAsync(token, psk, topic, session.ReplayState?.Boot);
        if (verification.Message is not { } verified)
        {
            return Reject(serial, verification.Rejection!.Value, $"{topic.Kind.ToWireName()} claims did not verify", serial);
        }

        TelegramBytes? telegram = null;
        if (verified.Claims is UpClaims up)
        {
            if (!TelegramContent.TryRead(up.Module, up.Data, out var content, out var problem))
            {
                return Reject(serial, RejectionReason.BadPayload, problem, serial);
            }

            if (!session.HasModule(up.Module.ToWireName()))
            {
                return Reject(serial, RejectionReason.BadPayload, $"module {up.Module.ToWireName()} is not installed on this connector", serial);
            }

            telegram = content;
        }

        var replay = ReplayGuard.Decide(session.ReplayState, verified);
        switch (replay.Verdict)
        {
            case ReplayVerdict.Duplicate:
                return new GateVerdict.Duplicate(serial);
            case ReplayVerdict.Replay when !message.IsRedelivery:
                return Reject(serial, RejectionReason.Replay, $"boot {verified.Claims.Boot} seq {verified.Claims.Sequence} already passed", serial);
        }

        // A broker redelivery to this gateway older than the replay window (possible only after a long
        // stall) is relayed again, leaving the replay state alone: whether its first copy got through
        // can no longer be told, and at least once beats never (downstream writes are idempotent).

        var generation = replay.NextState is { } next ? sessions.Record(serial, next) : 0;
        return new GateVerdict.Accepted(new AcceptedMessage(
            serial, connector.ConnectorUri!, connector.Psk!, verified.Claims, verified.IsLastWill, replay.NextState, generation, telegram, message.ReceivedAt));
    }

    private static GateVerdict.Rejected Reject(string source, RejectionReason reason, string detail, string? serial) =>
        new(source, reason.ToWireName(), detail, serial);
}

using System.Text;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>
/// Tells how a connector message misbehaves, as the gateway would see it: not a JWS (malformed),
/// not signed with the PSK (wrong PSK), stale, a byte-for-byte copy of one seen before (replay), or
/// a telegram with a broken CRC; otherwise correct. Uses the connector-protocol library's verifier.
/// </summary>
public sealed class MessageInspector(string topicPrefix)
{
    private readonly ConnectorMessageVerifier _verifier = new(new ConnectorMessageVerifierOptions(), TimeProvider.System);
    private readonly ConnectorTopicLayout _topics = new(topicPrefix);
    private readonly HashSet<string> _seen = [];

    /// <summary>Inspects messages in arrival order (replays are recognised against the earlier ones).</summary>
    public async Task<(Misbehaviour Misbehaviour, ConnectorMessageClaims? Claims)> InspectAsync(ReceivedMessage message, ConnectorPsk psk)
    {
        var firstTime = _seen.Add(message.Topic + " " + Convert.ToHexString(message.Payload));
        if (!ConnectorMessageVerifier.TryReadToken(message.Payload, out var token))
        {
            return (Misbehaviour.Malformed, null);
        }

        Assert.True(_topics.TryParse(message.Topic, out var topic), $"bad topic {message.Topic}");
        var verification = await _verifier.VerifyAsync(token, psk, topic, currentBoot: null);
        if (verification.Rejection == RejectionReason.BadSignature)
        {
            return (Misbehaviour.WrongPsk, null);
        }

        if (verification.Rejection == RejectionReason.Stale)
        {
            return (Misbehaviour.Stale, null);
        }

        Assert.True(verification.IsVerified, $"{message.Topic}: rejected as {verification.Rejection}: {Encoding.UTF8.GetString(message.Payload)}");
        if (!firstTime)
        {
            return (Misbehaviour.Replay, verification.Message.Claims);
        }

        return verification.Message.Claims is UpClaims up && HasBrokenCrc(up)
            ? (Misbehaviour.BadCrc, up)
            : (Misbehaviour.None, verification.Message.Claims);
    }

    private static bool HasBrokenCrc(UpClaims up)
    {
        var telegram = Convert.FromHexString(up.Data);
        return up.Module == RadioModule.EnOcean
            ? !Esp3PacketParser.TryParse(telegram, out _, out _)
            : WorkOccFrameCheck.Problem(telegram) is not null;
    }
}

using System.Text;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.TestSupport;

/// <summary>Runs a payload through both verification steps the way the gateway does, on a fixed clock.</summary>
internal static class VerificationHarness
{
    public static readonly ConnectorTopic UpTopic = Topic(MessageKind.Up);

    public static ConnectorTopic Topic(MessageKind kind) => new(ConnectorSerial.Parse(SpecExample.Serial), kind);

    /// <summary>The first rule the payload fails, or null when it is verified.</summary>
    public static async Task<RejectionReason?> FirstFailureAsync(
        string payload,
        ConnectorTopic? topic = null,
        string psk = IndependentJws.Psk,
        string? currentBoot = null,
        DateTimeOffset? now = null,
        TimeSpan? freshnessWindow = null)
    {
        if (!ConnectorMessageVerifier.TryReadToken(Encoding.UTF8.GetBytes(payload), out ConnectorToken? token))
        {
            return RejectionReason.Malformed;
        }

        var options = new ConnectorMessageVerifierOptions();
        if (freshnessWindow is not null)
        {
            options.FreshnessWindow = freshnessWindow.Value;
        }

        var verifier = new ConnectorMessageVerifier(options, new FixedTimeProvider(now ?? SpecExample.IssuedAt));
        ConnectorMessageVerification result = await verifier.VerifyAsync(token, ConnectorPsk.Create(psk), topic ?? UpTopic, currentBoot);
        Assert.Equal(result.IsVerified, result.Rejection is null);
        return result.Rejection;
    }

    public static async Task<VerifiedConnectorMessage> VerifiedAsync(
        string payload,
        ConnectorTopic? topic = null,
        string psk = IndependentJws.Psk,
        string? currentBoot = null,
        DateTimeOffset? now = null)
    {
        Assert.True(ConnectorMessageVerifier.TryReadToken(Encoding.UTF8.GetBytes(payload), out ConnectorToken? token));
        var verifier = new ConnectorMessageVerifier(new ConnectorMessageVerifierOptions(), new FixedTimeProvider(now ?? SpecExample.IssuedAt));
        ConnectorMessageVerification result = await verifier.VerifyAsync(token, ConnectorPsk.Create(psk), topic ?? UpTopic, currentBoot);
        Assert.True(result.IsVerified, $"rejected as {result.Rejection}");
        return result.Message;
    }
}

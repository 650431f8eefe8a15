using Mobius.Micro.Testing;
using Xunit.Abstractions;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// Every attack at the connector edge, one after the other against a real gateway: each is refused
/// with its reason (the gateway's rejection counter for that reason moves by one), and none of them
/// reaches the bus the decoders listen on. Attack telegrams carry a sender id of their own, so
/// anything of theirs that got through would show on the bus. Prints how many were tried and refused.
/// The gateway's rules are also tested one by one in the scenario tests; this is the whole list in one table.
/// </summary>
public sealed class EdgeAttackTests(EdgeStack stack, ITestOutputHelper output) : IClassFixture<EdgeStack>
{
    private const string Psk = "edge attack victim pre-shared key";
    private const string OtherPsk = "edge attack other connector's key";
    private const uint AttackSender = 0x0BADBAD0;
    private const int BeyondReplayWindow = 100;

    private static readonly byte[] AttackTelegram = EnOceanTelegrams.A5_04_01(AttackSender, 1, 1);

    [Fact]
    public async Task Every_edge_attack_is_refused_with_its_reason_and_none_reaches_the_bus()
    {
        await using var victim = await stack.RegisterAsync(Psk);
        await using var other = await stack.RegisterAsync(OtherPsk);
        var attacks = Attacks(victim, other);
        var rows = new List<string>();
        var refused = 0;

        foreach (var (name, reason, attack) in attacks)
        {
            var before = await stack.RejectionsAsync(reason);
            await attack();
            var counted = await CountedAsync(reason, before + 1);
            refused += counted ? 1 : 0;
            rows.Add($"| {name,-44} | {reason,-17} | {(counted ? "refused" : "NOT REFUSED")} |");
        }

        // A valid telegram after all of them: once it is on the bus, anything sent before it would be too.
        await victim.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x01020304, 2, 2));
        await Eventually(() => stack.Relayed.Any(message => message.ConnectorSerial == victim.Serial && Contains(message.Data, [0x01, 0x02, 0x03, 0x04])), "the valid telegram after the attacks reaching the bus");
        var attacksOnBus = stack.Relayed.Count(message => Contains(message.Data, [0x0B, 0xAD, 0xBA, 0xD0]));

        output.WriteLine("| attack                                       | reason            | outcome |");
        output.WriteLine("|----------------------------------------------|-------------------|---------|");
        rows.ForEach(output.WriteLine);
        output.WriteLine($"edge attacks: {attacks.Count} tried, {refused} refused with their reason, {attacksOnBus - OriginalsAccepted} reached the bus");
        Assert.Equal(attacks.Count, refused);
        Assert.Equal(OriginalsAccepted, attacksOnBus);
    }

    /// <summary>The replay attacks first send the message they copy, which is accepted: two attack telegrams reach the bus legitimately.</summary>
    private const int OriginalsAccepted = 2;

    private List<(string Name, string Reason, Func<Task> Attack)> Attacks(TestConnector victim, TestConnector other)
    {
        Dictionary<string, object> Up(Action<Dictionary<string, object>>? change = null)
        {
            var claims = victim.UpClaims(AttackTelegram);
            change?.Invoke(claims);
            return claims;
        }

        Task Raw(string payload) => victim.PublishRawAsync("up", payload);
        Task Signed(Action<Dictionary<string, object>> change) => Raw(victim.Sign(Up(change)));
        byte[] Corrupted(int index)
        {
            var telegram = (byte[])AttackTelegram.Clone();
            telegram[index] ^= 0x5A;
            return telegram;
        }

        return
        [
            ("wrong PSK", "bad_signature", () => victim.SendEnOceanAsync(AttackTelegram, signingKey: "a guessed pre-shared key")),
            ("unknown serial", "unknown_connector", () => AsStrangerAsync()),
            ("alg none, signed", "malformed", () => Raw(TestConnector.SignWithHeader("""{"alg":"none","typ":"JWT"}""", Up(), Psk))),
            ("alg none, empty signature", "malformed", () => Raw(ForeignTokens.Unsecured(Up()))),
            ("alg HS384 with the PSK", "malformed", () => Raw(ForeignTokens.Hs384(Up(), Psk))),
            ("alg RS256 with an attacker's key", "malformed", () => Raw(ForeignTokens.Rs256(Up()))),
            ("header without alg", "malformed", () => Raw(TestConnector.SignWithHeader("""{"typ":"JWT"}""", Up(), Psk))),
            ("valid token replayed, same boot", "replay", () => ReplayAsync(victim)),
            ("token of an old boot replayed", "stale", () => OldBootReplayAsync(victim)),
            ("iat 10 minutes old", "stale", () => Signed(claims => claims["iat"] = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds())),
            ("iat 10 minutes ahead", "stale", () => Signed(claims => claims["iat"] = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds())),
            ("sn claim of another connector", "topic_mismatch", () => Signed(claims => claims["sn"] = other.Serial)),
            ("typ claim status on the up topic", "topic_mismatch", () => Signed(claims => claims["typ"] = "status")),
            ("on another's topic, signed with own PSK", "bad_signature", () => OnVictimTopicAsync(victim.Serial)),
            ("token over 4 KiB", "malformed", () => Signed(claims => claims["pad"] = new string('x', 5000))),
            ("1 MiB payload", "malformed", () => Raw(new string('A', 1 << 20))),
            ("not a token", "malformed", () => Raw("not.a-token")),
            ("empty payload", "malformed", () => Raw("")),
            ("binary garbage", "malformed", () => Raw("\u0001\u00ff\u0000\u007f\u0055garbage")),
            ("JSON instead of a JWS", "malformed", () => Raw("""{"sn":"MF_000001","typ":"up"}""")),
            ("seq missing", "malformed", () => Signed(claims => claims.Remove("seq"))),
            ("seq not a number", "malformed", () => Signed(claims => claims["seq"] = "1")),
            ("ESP3 with a bad header CRC", "bad_payload", () => Signed(claims => claims["data"] = Convert.ToHexString(Corrupted(5)))),
            ("ESP3 with a bad data CRC", "bad_payload", () => Signed(claims => claims["data"] = Convert.ToHexString(Corrupted(AttackTelegram.Length - 1)))),
            ("ESP3 truncated", "bad_payload", () => Signed(claims => claims["data"] = Convert.ToHexString(AttackTelegram[..10]))),
            ("data not hex", "bad_payload", () => Signed(claims => claims["data"] = "zz" + Convert.ToHexString(AttackTelegram))),
            ("unknown module", "bad_payload", () => Signed(claims => claims["mod"] = "zigbee")),
            ("topic with a lower-case serial", "bad_topic", () => OnTopicAsync(victim.Serial.ToLowerInvariant(), Psk)),
        ];
    }

    /// <summary>A validly signed message sent once (accepted), then, a window later, sent again.</summary>
    private static async Task ReplayAsync(TestConnector victim)
    {
        var captured = victim.Sign(victim.UpClaims(AttackTelegram));
        await victim.PublishRawAsync("up", captured);
        victim.SkipSequence(BeyondReplayWindow);
        await victim.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x01020304, 1, 1));
        await victim.PublishRawAsync("up", captured);
    }

    /// <summary>A message of the boot before (accepted then), replayed once the connector has rebooted and the message is past the freshness window.</summary>
    private static async Task OldBootReplayAsync(TestConnector victim)
    {
        var claims = victim.UpClaims(AttackTelegram);
        var captured = victim.Sign(claims);
        await victim.PublishRawAsync("up", captured);
        victim.Reboot();
        await victim.SendEnOceanAsync(EnOceanTelegrams.A5_04_01(0x01020304, 1, 1));
        claims["iat"] = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds();
        await victim.PublishRawAsync("up", victim.Sign(claims));
    }

    private async Task AsStrangerAsync()
    {
        await using var stranger = new TestConnector("MF_0DD0DD", Psk, stack.TopicPrefix);
        await stranger.ConnectAsync();
        await stranger.SendEnOceanAsync(AttackTelegram);
    }

    /// <summary>The other connector, with its own PSK, publishing on the victim's topic.</summary>
    private Task OnVictimTopicAsync(string victimSerial) => OnTopicAsync(victimSerial, OtherPsk);

    private async Task OnTopicAsync(string serial, string psk)
    {
        await using var attacker = new TestConnector(serial, psk, stack.TopicPrefix);
        await attacker.ConnectAsync();
        await attacker.SendEnOceanAsync(AttackTelegram);
    }

    private async Task<bool> CountedAsync(string reason, double expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await stack.RejectionsAsync(reason) >= expected)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static bool Contains(byte[] data, byte[] part) => data.AsSpan().IndexOf(part) >= 0;

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen");
            await Task.Delay(100);
        }
    }
}

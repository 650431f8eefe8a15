using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.Cli.Simulate.Tests.Support;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.Cli.Simulate.Tests.Connectors;

public sealed class SimulatedConnectorTests
{
    private const string Psk = "simulated connector test psk";
    private static readonly ConnectorSerial Serial = ConnectorSerial.Parse("MF_5A0000");

    [Fact]
    public async Task Correct_messages_verify_with_the_PSK_and_count_seq_up_from_1_in_one_boot()
    {
        var connector = Connector(new MisbehaviourFractions(0, 0, 0, 0, 0));
        var inspector = new MessageInspector("sim");
        var now = DateTimeOffset.UtcNow;
        List<OutgoingMessage> messages = [connector.LastWill(now), connector.Online(now), .. Enumerable.Range(0, 50).Select(_ => connector.NextUp(now)), connector.Heartbeat(now)];

        var claims = new List<ConnectorMessageClaims>();
        foreach (var message in messages)
        {
            var (misbehaviour, verified) = await inspector.InspectAsync(new ReceivedMessage(message.Topic, message.Payload), ConnectorPsk.Create(Psk));
            Assert.Equal(Misbehaviour.None, misbehaviour);
            claims.Add(verified!);
        }

        Assert.Equal(Enumerable.Range(1, messages.Count).Select(seq => (long)seq), claims.Select(claim => claim.Sequence));
        Assert.All(claims, claim => Assert.Equal(connector.Boot, claim.Boot));
        Assert.InRange(connector.Boot.Length, 8, 32);
        Assert.False(((StatusClaims)claims[0]).Online);
        Assert.True(((StatusClaims)claims[1]).Online);
        Assert.Equal(["WorkOcc", "EnOcean"], ((StatusClaims)claims[1]).Modules);
        Assert.Contains(claims.OfType<UpClaims>(), up => up.Module == RadioModule.EnOcean);
        Assert.Contains(claims.OfType<UpClaims>(), up => up.Module == RadioModule.WorkOcc);
        Assert.Equal("sim/connectors/MF_5A0000/up", messages[2].Topic);
        Assert.True(messages[1].Retain);
        Assert.False(messages[2].Retain);
    }

    [Fact]
    public async Task Misbehaving_messages_break_the_protocol_as_labelled_and_in_the_asked_proportion()
    {
        var fractions = new MisbehaviourFractions(WrongPsk: 0.1, Replay: 0.1, Stale: 0.05, Malformed: 0.05, BadCrc: 0.1);
        var connector = Connector(fractions);
        var inspector = new MessageInspector("sim");
        var found = new Dictionary<Misbehaviour, int>();
        for (var index = 0; index < 1000; index++)
        {
            var message = connector.NextUp(DateTimeOffset.UtcNow);
            var (misbehaviour, _) = await inspector.InspectAsync(new ReceivedMessage(message.Topic, message.Payload), ConnectorPsk.Create(Psk));
            Assert.Equal(message.Misbehaviour, misbehaviour);
            found[misbehaviour] = found.GetValueOrDefault(misbehaviour) + 1;
        }

        foreach (var (misbehaviour, fraction) in fractions.All)
        {
            Assert.InRange(found.GetValueOrDefault(misbehaviour), (fraction * 1000) - 1, (fraction * 1000) + 1);
        }
    }

    [Fact]
    public void A_replay_copies_a_correct_message_sent_65_correct_messages_earlier()
    {
        var connector = Connector(new MisbehaviourFractions(0, 0.02, 0, 0, 0));
        var correct = new List<OutgoingMessage>();
        var replays = 0;
        for (var index = 0; index < 2000; index++)
        {
            var message = connector.NextUp(DateTimeOffset.UtcNow);
            if (message.Misbehaviour != Misbehaviour.Replay)
            {
                correct.Add(message);
                continue;
            }

            replays++;
            if (correct.Count >= ReplayHistory.Depth)
            {
                Assert.Equal(correct[^ReplayHistory.Depth].Payload, message.Payload);
            }
        }

        Assert.InRange(replays, 39, 41);
    }

    [Fact]
    public void Garbage_is_never_a_compact_JWS()
    {
        var connector = Connector(new MisbehaviourFractions(0, 0, 0, 1, 0));

        Assert.All(Enumerable.Range(0, 200), _ => Assert.Null(JwsClaims.TryRead(connector.NextUp(DateTimeOffset.UtcNow).Payload)));
    }

    [Fact]
    public void A_stale_message_is_ten_minutes_old()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var connector = Connector(new MisbehaviourFractions(0, 0, 1, 0, 0));

        var claims = JwsClaims.TryRead(connector.NextUp(now).Payload)!.Value;

        Assert.Equal(now.ToUnixTimeSeconds() - 600, claims.GetProperty("iat").GetInt64());
    }

    private static SimulatedConnector Connector(MisbehaviourFractions fractions)
    {
        var random = new Random(11);
        var devices = DevicePlan.Create([Serial], 7, DeviceKinds.Mix).Select(spec => SimulatedDevices.Create(spec, random)).ToList();
        return new SimulatedConnector(
            Serial,
            new ConnectorKeys(Serial, Psk),
            devices,
            ConnectorHardware.For(0, hasWorkOcc: true, random),
            new MisbehaviourPlan(fractions, random),
            random,
            new ConnectorMessageSigner(),
            new ConnectorTopicLayout("sim"),
            DateTimeOffset.UtcNow);
    }
}

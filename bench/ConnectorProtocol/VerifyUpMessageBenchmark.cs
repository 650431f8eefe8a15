using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.Bench.ConnectorProtocol;

/// <summary>
/// What the gateway does with every <c>up</c> message before it looks at the telegram: read the
/// compact JWS (<c>ReadToken</c>), then verify it (<c>Verify</c>: HS256 signature with the
/// connector's PSK, claims against the topic, freshness). <c>Sign</c> is the connector's side, as
/// the simulator does it. The Op/s column is messages per second on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MessagesPerSecond))]
public class VerifyUpMessageBenchmark
{
    private static readonly ConnectorSerial Serial = ConnectorSerial.Parse("MF_5B0000");
    private static readonly ConnectorPsk Psk = ConnectorPsk.Create("mobius-benchmark-connector-psk");
    private static readonly ConnectorTopic Topic = new(Serial, MessageKind.Up);

    private readonly ConnectorMessageSigner _signer = new();
    private readonly ConnectorMessageVerifier _verifier = new(new ConnectorMessageVerifierOptions(), TimeProvider.System);
    private UpClaims _claims = null!;
    private byte[] _payload = [];
    private ConnectorToken _token = null!;

    [GlobalSetup]
    public void SignOne()
    {
        _claims = new UpClaims
        {
            Serial = Serial,
            Boot = "0011223344556677",
            Sequence = 42,
            IssuedAt = DateTimeOffset.UtcNow,
            Module = RadioModule.EnOcean,
            Data = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074",
            Rssi = -60,
        };
        _payload = Encoding.UTF8.GetBytes(_signer.Sign(_claims, Psk));
        _token = ConnectorMessageVerifier.TryReadToken(_payload, out var token) ? token : throw new InvalidOperationException("the signed message does not read");
    }

    [Benchmark]
    public string Sign() => _signer.Sign(_claims, Psk);

    [Benchmark]
    public ConnectorToken? ReadToken() => ConnectorMessageVerifier.TryReadToken(_payload, out var token) ? token : null;

    [Benchmark(Baseline = true)]
    public async ValueTask<bool> Verify() => (await _verifier.VerifyAsync(_token, Psk, Topic, currentBoot: null)).Message is not null;

    private sealed class MessagesPerSecond : ManualConfig
    {
        public MessagesPerSecond() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}

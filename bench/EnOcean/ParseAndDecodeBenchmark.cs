using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Bench.EnOcean;

/// <summary>
/// One 4BS telegram (the connector protocol's A5-04-01 example) from ESP3 bytes to decoded fields.
/// <c>InPlace</c> is the allocation-free path (ESP3 packet, <see cref="Erp1Frame"/>, fields into a
/// reused buffer); <c>ToResourceValues</c> is what the decoder service does per telegram.
/// The Op/s column is telegrams per second on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TelegramsPerSecond))]
public class ParseAndDecodeBenchmark
{
    private static readonly ReadOnlyMemory<byte> Packet = Convert.FromHexString("55000A0701EBA50071870A01879DE60001FFFFFFFF410074");

    private readonly EepDefinition _definition = EepCatalog.TryGet("A5-04-01", out var definition) ? definition : throw new InvalidOperationException("A5-04-01 is missing");
    private DecodedField[] _fields = [];

    [GlobalSetup]
    public void AllocateFieldBuffer() => _fields = new DecodedField[_definition.MaxFieldCount];

    [Benchmark(Baseline = true)]
    public int InPlace()
    {
        if (!Esp3PacketParser.TryParse(Packet, out var packet, out _)
            || !Erp1Frame.TryRead(packet.Data.Span, packet.OptionalData.Span, out var frame, out _)
            || !EepDecoder.TryDecodeData(_definition, frame.Payload, frame.Status.Raw, EepDirection.FromDevice, _fields, out var count, out _))
        {
            throw new InvalidOperationException("the benchmark telegram did not decode");
        }

        return count;
    }

    [Benchmark]
    public int ToResourceValues()
    {
        if (!Esp3PacketParser.TryParse(Packet, out var packet, out _) || !Erp1TelegramParser.TryParse(packet, out var telegram, out _))
        {
            throw new InvalidOperationException("the benchmark telegram did not parse");
        }

        return EepDecoder.Decode(_definition, telegram).Resources.Count;
    }

    private sealed class TelegramsPerSecond : ManualConfig
    {
        public TelegramsPerSecond() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}

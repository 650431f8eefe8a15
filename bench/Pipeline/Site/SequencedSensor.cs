using Mobius.Micro.Bench.Pipeline.Measuring;
using Mobius.Micro.Bench.Pipeline.Telegrams;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Bench.Pipeline.Site;

/// <summary>
/// What a simulated connector of the benchmark hears: the next of the <see cref="SequencedTelegrams"/>,
/// whichever device it comes from, noted in the ledger as it is handed to the connector.
/// </summary>
public sealed class SequencedSensor(SequencedTelegrams telegrams, TelegramLedger ledger) : ISimulatedDevice
{
    public RadioModule Module => RadioModule.EnOcean;

    public string Uid => SequencedTelegrams.SenderIdOf(0);

    public byte[] NextTelegram(Random random, DateTimeOffset now, int rssi)
    {
        var (index, esp3) = telegrams.Next(rssi);
        ledger.Sent(index);
        return esp3;
    }
}

using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>A simulated EnOcean device of one EEP: each telegram a complete ESP3 packet its EEP decodes.</summary>
public sealed class EnOceanDevice(EepDefinition definition, uint senderId, IEepBehaviour behaviour) : ISimulatedDevice
{
    public RadioModule Module => RadioModule.EnOcean;

    public string Uid { get; } = senderId.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);

    public byte[] NextTelegram(Random random, DateTimeOffset now, int rssi) =>
        EepTelegramComposer.Compose(definition, behaviour.Next(random), senderId, rssi);
}

using Mobius.Micro.Cli.Simulate.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.Cli.Simulate.Tests.EnOcean;

public sealed class EnOceanTelegramGenerationTests
{
    private const uint SenderId = 0x5A000003;
    private const int TelegramsPerEep = 200;

    public static TheoryData<string> SimulatedEeps() => [.. EepCatalog.All.Where(EepSimulation.CanSimulate).Select(definition => definition.Eep)];

    [Theory]
    [MemberData(nameof(SimulatedEeps))]
    public void Every_telegram_is_a_valid_ESP3_packet_that_its_EEP_decodes(string eep)
    {
        var definition = Definition(eep);
        var random = new Random(1);
        var device = new EnOceanDevice(definition, SenderId, EepBehaviours.For(definition, random));
        for (var index = 0; index < TelegramsPerEep; index++)
        {
            var rssi = -40 - (index % 55);
            var packet = device.NextTelegram(random, DateTimeOffset.UtcNow, rssi);

            Assert.True(Esp3PacketParser.TryParse(packet, out var parsed, out var error), $"{eep} #{index}: {error}: {Convert.ToHexString(packet)}");
            Assert.Equal(packet.Length, parsed.Length);
            Assert.Equal(Esp3PacketType.RadioErp1, parsed.PacketType);
            Assert.True(Erp1TelegramParser.TryParse(parsed, out var telegram, out error), $"{eep} #{index}: {error}");
            Assert.Equal("5A000003", telegram.SenderId);
            Assert.Equal(rssi, telegram.Dbm);
            Assert.False(telegram.IsTeachIn, $"{eep} #{index} is a teach-in telegram: {Convert.ToHexString(packet)}");
            var decoded = EepDecoder.Decode(definition, telegram);
            Assert.True(decoded.IsSuccess, $"{eep} #{index}: {decoded.Error}: {Convert.ToHexString(packet)}");
        }
    }

    [Fact]
    public void A_temperature_and_humidity_sensor_drifts_slowly_within_a_plausible_range()
    {
        var readings = Decode("A5-04-01", 500);
        var temperatures = readings.Select(result => result.FindField("TMP")!.Value.Value).ToArray();
        var humidities = readings.Select(result => result.FindField("HUM")!.Value.Value).ToArray();

        Assert.All(temperatures, temperature => Assert.InRange(temperature, 4, 36));
        Assert.All(humidities, humidity => Assert.InRange(humidity, 10, 90));
        Assert.All(temperatures.Zip(temperatures.Skip(1)), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, 0.64));
        Assert.True(temperatures.Distinct().Count() > 5, "the temperature should change");
        Assert.All(readings, result => Assert.Equal(1, result.FindField("TSN")!.Value.Raw));
    }

    [Fact]
    public void A_rocker_switch_is_pressed_then_released_in_turn()
    {
        var readings = Decode("F6-02-01", 100);
        var bowPushed = readings.Select(result => result.Resources.Single(value => value.Resource.Name == "bowPushed").Boolean).ToArray();

        Assert.All(bowPushed.Where((_, index) => index % 2 == 0), pushed => Assert.True(pushed));
        Assert.All(bowPushed.Where((_, index) => index % 2 == 1), pushed => Assert.False(pushed));
        var heldButtons = readings.Where((_, index) => index % 2 == 0)
            .Select(result => result.Resources.Where(value => value.Resource.Name.StartsWith("button_", StringComparison.Ordinal) && value.Boolean == true).Select(value => value.Resource.Name).Single());
        Assert.True(heldButtons.Distinct().Count() > 1, "presses should use different buttons");
    }

    [Fact]
    public void A_contact_opens_and_closes()
    {
        var contacts = Decode("D5-00-01", 100).Select(result => result.FindField("CO")!.Value.Description).ToArray();

        Assert.Contains("open", contacts);
        Assert.Contains("closed", contacts);
    }

    [Fact]
    public void A_seed_repeats_the_telegrams()
    {
        Assert.Equal(Packets("A5-04-01", seed: 9), Packets("A5-04-01", seed: 9));
        Assert.NotEqual(Packets("A5-04-01", seed: 9), Packets("A5-04-01", seed: 10));
    }

    private static EepDefinition Definition(string eep) =>
        EepCatalog.TryGet(eep, out var definition) ? definition : throw new InvalidOperationException($"{eep} is not in the catalog");

    private static List<EepDecodeResult> Decode(string eep, int count)
    {
        var definition = Definition(eep);
        var random = new Random(3);
        var device = new EnOceanDevice(definition, SenderId, EepBehaviours.For(definition, random));
        return
        [
            .. Enumerable.Range(0, count).Select(index =>
            {
                Assert.True(Esp3PacketParser.TryParse(device.NextTelegram(random, DateTimeOffset.UtcNow, -60), out var packet, out _));
                Assert.True(Erp1TelegramParser.TryParse(packet, out var telegram, out _));
                var result = EepDecoder.Decode(definition, telegram);
                Assert.True(result.IsSuccess);
                return result;
            }),
        ];
    }

    private static string Packets(string eep, int seed)
    {
        var definition = Definition(eep);
        var random = new Random(seed);
        var device = new EnOceanDevice(definition, SenderId, EepBehaviours.For(definition, random));
        return string.Join(",", Enumerable.Range(0, 20).Select(_ => Convert.ToHexString(device.NextTelegram(random, DateTimeOffset.UnixEpoch, -60))));
    }
}

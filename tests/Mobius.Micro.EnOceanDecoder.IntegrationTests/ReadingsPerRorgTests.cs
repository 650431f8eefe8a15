using System.Text.Json;
using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.Testing;

namespace Mobius.Micro.EnOceanDecoder.IntegrationTests;

/// <summary>
/// A representative telegram of each RORG, signed by a connector, verified by the gateway, decoded
/// by the EnOcean decoder and stored by the object store, read back through the Engine API:
/// numbers, bools and enum members in the device object's resources.
/// </summary>
[Collection(EnOceanStackCollection.Name)]
public sealed class ReadingsPerRorgTests(EnOceanStackFixture stack)
{
    public static TheoryData<string, uint, Rorg, string, byte, string> Representatives => new()
    {
        // RPS: F6-02-01 N-message (status 0x30), button A0 pressed with the energy bow.
        { "F6-02-01", 0x0AB00001, Rorg.Rps, "30", 0x30, """{"button_A0":true,"button_AI":false,"bowPushed":true}""" },
        // 1BS: contact closed, learn button not pressed.
        { "D5-00-01", 0x0AB00002, Rorg.OneBs, "09", 0x00, """{"contact":true}""" },
        // 4BS: the connector protocol's A5-04-01 example.
        { "A5-04-01", 0x0AB00003, Rorg.FourBs, "0071870A", 0x00, """{"humidity":45.2,"temperature":21.6,"hasTemperatureSensor":true}""" },
        // 4BS with an enum: A5-10-01 fan stage auto (V233), temperature raw 0 → 40 °C, occupancy button pressed.
        { "A5-10-01", 0x0AB00004, Rorg.FourBs, "FF000008", 0x00, """{"fanSpeed":"stageAuto","setPoint":0,"temperature":40,"occupancyButton":true}""" },
        // VLD: a real STM 550 telegram (V108): 23.2 °C, 63 %, 111 lx, window contact open.
        { "D2-14-41", 0x0AB00005, Rorg.Vld, "9E1F800DE3E2FBD7C0", 0x00, """{"temperature":23.2,"humidity":63,"illuminance":111,"contact":false}""" },
        // VLD with a command id: D2-01-12 status response (V306), channel 0 on at 100 %.
        { "D2-01-12", 0x0AB00006, Rorg.Vld, "0460E4", 0x00, """{"outputValue":100,"localControl":true,"errorLevel":"errorLevelNotSupported"}""" },
    };

    [Theory]
    [MemberData(nameof(Representatives))]
    public async Task A_telegram_fills_its_device_objects_resources(string eep, uint senderId, Rorg rorg, string payload, byte status, string expectedJson)
    {
        Assert.True(EepCatalog.TryGet(eep, out var definition));
        using var api = await stack.LoggedInApiAsync();
        var (connector, _) = await stack.ConnectorAsync(api, $"MF_{senderId & 0xFFFFFF:X6}");
        await using var _ = connector;
        var ins = await api.CreateObjectAsync($"022/{definition.Pid}", ("0A", eep), ("0B", senderId.ToString("X8")));
        var path = $"022/{definition.Pid}/{ins}";
        var expected = JsonNode.Parse(expectedJson)!.AsObject();

        await connector.SendEnOceanAsync(Telegrams.Radio(rorg, payload, senderId, status));

        await Waiting.UntilAsync(async () => AtPriority15(await api.GetObjectAsync(path), expected.First().Key) is not null, $"{eep} {expected.First().Key}");
        var device = await api.GetObjectAsync(path);
        foreach (var (name, value) in expected)
        {
            var stored = AtPriority15(device, name);
            Assert.True(stored is not null, $"{eep} {name}: nothing at priority 15");
            if (value!.GetValueKind() == JsonValueKind.Number)
            {
                Assert.Equal(value.GetValue<double>(), stored.GetValue<double>(), 6);
            }
            else
            {
                Assert.True(JsonNode.DeepEquals(value, stored), $"{eep} {name}: {stored.ToJsonString()}, expected {value.ToJsonString()}");
            }
        }

        Assert.Equal(-65, AtPriority15(device, "dBm")!.GetValue<double>());
    }

    private static JsonNode? AtPriority15(JsonObject device, string name) => device.ResourceNamed(name).PriorityValue(15);
}

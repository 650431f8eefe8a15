using Mobius.Micro.Testing;

namespace Mobius.Micro.EndToEnd.Tests;

/// <summary>A service with a bad setting refuses to start with one line naming the setting, and exit code 78.</summary>
public sealed class ConfigurationErrorTests
{
    public static TheoryData<string, string, string, string, string> BadSettings => new()
    {
        { "connector-gateway", "Mobius.Micro.ConnectorGateway", "Mqtt__Port", "0", "Mqtt:Port" },
        { "connector-gateway", "Mobius.Micro.ConnectorGateway", "Mobius__HubId", "00001G", "Mobius:HubId" },
        { "enocean-decoder", "Mobius.Micro.EnOceanDecoder", "RabbitMq__Port", "70000", "RabbitMq:Port" },
        { "workocc-decoder", "Mobius.Micro.WorkOccDecoder", "RabbitMq__Host", "", "RabbitMq:Host" },
        { "object-store", "Mobius.Micro.ObjectStore", "Auth__SigningKey", "too short", "Auth:SigningKey" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_service_with_one_line_naming_it(string folder, string assembly, string variable, string value, string settingName)
    {
        var environment = new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Username"] = "guest",
            ["RabbitMq__Password"] = "guest",
            ["ConnectionStrings__Redis"] = TestInfrastructure.Redis,
            ["ConnectionStrings__Postgres"] = TestInfrastructure.Postgres,
            ["Mqtt__Host"] = "127.0.0.1",
            ["Auth__SigningKey"] = new string('k', 64),
            [variable] = value,
        };
        await using var service = ServiceProcess.Start(folder, assembly, environment);

        var exitCode = await service.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(78, exitCode);
        var lines = service.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains("configuration error", line, StringComparison.Ordinal);
        Assert.Contains(settingName, line, StringComparison.Ordinal);
    }
}

using Mobius.Micro.Testing;

namespace Mobius.Micro.WorkOccDecoder.IntegrationTests.Decoder;

/// <summary>A decoder with a bad setting refuses to start with one line naming it and exit code 78.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("WorkOccDecoder__TimeZone", "Mars/Olympus_Mons", "WorkOccDecoder:TimeZone")]
    [InlineData("WorkOccDecoder__OccupancyTimeoutSeconds", "5", "WorkOccDecoder:OccupancyTimeoutSeconds")]
    [InlineData("Mobius__Services__WorkOccDevices", "23", "Mobius:Services:WorkOccDevices")]
    [InlineData("ConnectionStrings__Redis", "", "ConnectionStrings:Redis")]
    public async Task A_bad_setting_stops_the_decoder_with_one_line_naming_it(string variable, string value, string key)
    {
        await using var decoder = ServiceProcess.Start("workocc-decoder", "Mobius.Micro.WorkOccDecoder", new Dictionary<string, string>
        {
            ["RabbitMq__Username"] = "guest",
            ["RabbitMq__Password"] = "guest",
            [variable] = value,
        });

        var exitCode = await decoder.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(78, exitCode);
        Assert.Contains(key, decoder.Output);
        Assert.Single(decoder.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("configuration error"));
    }
}

using System.CommandLine;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Tests;

public sealed class SimulateCommandOptionsTests
{
    [Fact]
    public void Defaults_give_one_development_connector_on_the_local_broker()
    {
        var settings = Read();

        Assert.Equal(1, settings.Connectors);
        Assert.Equal(10, settings.Rate);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.Duration);
        Assert.Equal(("127.0.0.1", 1883, false), (settings.Broker.Endpoint.Host, settings.Broker.Endpoint.Port, settings.Broker.Endpoint.UseTls));
        Assert.Equal("mobius", settings.TopicPrefix);
        Assert.Equal(SimulateCommandOptions.DevelopmentPsk, settings.Psks.For(ConnectorSerial.Parse("MF_5A0000")));
        Assert.Equal("MF_5A0000", settings.FirstSerial.ToString());
        Assert.Equal(8, settings.DevicesPerConnector);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.Heartbeat);
        Assert.False(settings.Json);
        Assert.Equal(new MisbehaviourFractions(0, 0, 0, 0, 0), settings.Misbehaviour);
        Assert.Null(settings.Provisioning);
    }

    [Fact]
    public void Every_option_reaches_the_settings()
    {
        var settings = Read(
            "--connectors", "5", "--rate", "2500", "--duration", "1.5", "--broker", "mqtts://broker.example:8884", "--username", "sim",
            "--password", "secret", "--topic-prefix", "site1/mobius", "--psk", "a psk of sixteen+ bytes", "--serial-base", "MF_00BCC0",
            "--devices-per-connector", "3", "--heartbeat", "5", "--seed", "42", "--json", "--max-in-flight", "10",
            "--wrong-psk", "0.1", "--replay", "0.2", "--stale", "0.05", "--malformed", "0.01", "--bad-crc", "0.02",
            "--provision", "--api", "http://127.0.0.1:8443/api/v1/", "--api-user", "configurer", "--api-password", "pw", "--hub", "00000a");

        Assert.Equal((5, 2500.0, 1.5), (settings.Connectors, settings.Rate, settings.Duration.TotalSeconds));
        Assert.Equal(("broker.example", 8884, true, "sim", "secret"), (settings.Broker.Endpoint.Host, settings.Broker.Endpoint.Port, settings.Broker.Endpoint.UseTls, settings.Broker.Username, settings.Broker.Password));
        Assert.Equal("site1/mobius", settings.TopicPrefix);
        Assert.Equal("a psk of sixteen+ bytes", settings.Psks.For(ConnectorSerial.Parse("MF_00BCC4")));
        Assert.Equal("MF_00BCC0", settings.FirstSerial.ToString());
        Assert.Equal((3, 5.0, 42, true, 10), (settings.DevicesPerConnector, settings.Heartbeat.TotalSeconds, settings.Seed, settings.Json, settings.MaxInFlight));
        Assert.Equal(new MisbehaviourFractions(0.1, 0.2, 0.05, 0.01, 0.02), settings.Misbehaviour);
        Assert.Equal(new Uri("http://127.0.0.1:8443/"), settings.Provisioning!.Api);
        Assert.Equal(("configurer", "pw", "00000A"), (settings.Provisioning.Username, settings.Provisioning.Password, settings.Provisioning.HubId));
    }

    [Fact]
    public void A_psk_file_gives_each_connector_its_psk()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["MF_5A0000=the first connector's psk", "MF_5A0001=the second connector's psk"]);

            var settings = Read("--connectors", "2", "--psk-file", file);

            Assert.Equal("the second connector's psk", settings.Psks.For(ConnectorSerial.Parse("MF_5A0001")));
            Assert.Contains("no PSK for MF_5A0002", Problems("--connectors", "3", "--psk-file", file), StringComparison.Ordinal);
            Assert.Contains("exclude each other", Problems("--psk", "a psk of sixteen+ bytes", "--psk-file", file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--connectors", "0")]
    [InlineData("--rate", "0")]
    [InlineData("--duration", "-1")]
    [InlineData("--devices-per-connector", "257")]
    [InlineData("--wrong-psk", "1.5")]
    [InlineData("--heartbeat", "0")]
    public void Values_out_of_range_are_parse_errors(string option, string value)
    {
        var parsed = Command().Parse([option, value]);

        Assert.Contains(parsed.Errors, error => error.Message.Contains(option, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--broker http://127.0.0.1:1883", "--broker")]
    [InlineData("--broker mqtt://127.0.0.1:1883 --ca-file ca.pem", "--ca-file needs an mqtts://")]
    [InlineData("--psk short", "--psk must be")]
    [InlineData("--serial-base MF_5a0000", "--serial-base")]
    [InlineData("--serial-base MF_FFFFFF --connectors 2", "beyond MF_FFFFFF")]
    [InlineData("--topic-prefix a/+/b", "--topic-prefix")]
    [InlineData("--wrong-psk 0.6 --replay 0.5", "add up to")]
    [InlineData("--provision", "--api-password")]
    [InlineData("--provision --api-password pw --api ftp://x", "--api")]
    [InlineData("--provision --api-password pw --hub 12", "--hub")]
    public void Inconsistent_options_are_named(string arguments, string named)
    {
        Assert.Contains(named, Problems(arguments.Split(' ')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_answers_invalid_options_with_exit_code_1_and_one_line_each()
    {
        var error = new StringWriter();

        var exitCode = await SimulateCommand.Create().Parse(["--psk", "short", "--broker", "tcp://x"]).InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.Equal(SimulateExitCodes.InvalidOptions, exitCode);
        Assert.Equal(2, error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static Command Command()
    {
        var command = new Command("simulate");
        new SimulateCommandOptions().AddTo(command);
        return command;
    }

    private static SimulationSettings Read(params string[] arguments)
    {
        var command = new Command("simulate");
        var options = new SimulateCommandOptions();
        options.AddTo(command);
        var parsed = command.Parse(arguments);
        Assert.Empty(parsed.Errors);
        var (settings, problems) = options.Read(parsed);
        Assert.Empty(problems);
        return settings!;
    }

    private static string Problems(params string[] arguments)
    {
        var command = new Command("simulate");
        var options = new SimulateCommandOptions();
        options.AddTo(command);
        var parsed = command.Parse(arguments);
        Assert.Empty(parsed.Errors);
        var (settings, problems) = options.Read(parsed);
        Assert.Null(settings);
        return string.Join("\n", problems);
    }
}

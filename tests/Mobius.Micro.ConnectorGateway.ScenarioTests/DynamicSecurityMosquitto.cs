using System.Diagnostics;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// A Mosquitto of the test's own on a free loopback port with the dynamic security plugin and no
/// anonymous access, bootstrapped as an operator would: <c>mosquitto_ctrl dynsec init</c> writes
/// the plugin's file with one admin user, and everything else is provisioned through the broker.
/// </summary>
public sealed class DynamicSecurityMosquitto : IAsyncDisposable
{
    public const string AdminUsername = "dynsec-admin";
    public const string AdminPassword = "dynsec admin password";

    private readonly Process _broker;
    private readonly string _folder;

    private DynamicSecurityMosquitto(Process broker, string folder, int port)
    {
        _broker = broker;
        _folder = folder;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public static async Task<DynamicSecurityMosquitto> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("mobius-dynsec-").FullName;
        var port = LoopbackPorts.Free();
        var configuration = Path.Combine(folder, "mosquitto.conf");
        var plugin = Path.Combine(folder, "dynamic-security.json");
        await RunAsync("mosquitto_ctrl", "dynsec", "init", plugin, AdminUsername, AdminPassword);
        await File.WriteAllLinesAsync(configuration,
        [
            "user root",
            "persistence false",
            $"listener {port} 127.0.0.1",
            "allow_anonymous false",
            $"plugin {Plugin()}",
            $"plugin_opt_config_file {plugin}",
        ]);
        var broker = Process.Start(new ProcessStartInfo(Executable(), ["-c", configuration]) { RedirectStandardError = true })!;
        var started = DateTime.UtcNow;
        while (!LoopbackPorts.IsListening(port))
        {
            if (broker.HasExited)
            {
                Assert.Fail($"mosquitto exited: {await broker.StandardError.ReadToEndAsync()}");
            }

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "mosquitto did not open its listener");
            await Task.Delay(50);
        }

        return new DynamicSecurityMosquitto(broker, folder, port);
    }

    public BrokerLogin Login(string username, string password) => new(Host, Port, username, password);

    /// <summary>Runs a <c>mosquitto_ctrl dynsec</c> command as the admin, behind the gateway's back.</summary>
    public Task ControlAsync(params string[] command) =>
        RunAsync("mosquitto_ctrl", ["-h", Host, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-u", AdminUsername, "-P", AdminPassword, "dynsec", .. command]);

    public async ValueTask DisposeAsync()
    {
        _broker.Kill();
        await _broker.WaitForExitAsync();
        _broker.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && !(await output).Contains("Error", StringComparison.Ordinal),
            $"{program} {string.Join(' ', arguments.Where(argument => argument != AdminPassword))}: {await output}{await errors}");
    }

    /// <summary>Where Debian's <c>mosquitto</c> package (or the upstream image) puts the plugin.</summary>
    private static string Plugin() =>
        Directory.EnumerateFiles("/usr/lib", "mosquitto_dynamic_security.so", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).FirstOrDefault()
        ?? throw new FileNotFoundException("mosquitto_dynamic_security.so is not installed (Debian: the mosquitto package)");

    private static string Executable() =>
        new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto" }.FirstOrDefault(File.Exists) ?? "mosquitto";
}

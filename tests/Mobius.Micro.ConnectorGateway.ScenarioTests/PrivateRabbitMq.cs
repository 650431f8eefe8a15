using System.Diagnostics;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>
/// A RabbitMQ node of the test's own (own name, port and data directory, no plugins), so a test can
/// stop and restart the broker without disturbing anything else running on the shared one. Its data
/// survives a restart, as a real broker's durable queues do.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _nodeName;
    private readonly int _distributionPort;
    private Process? _server;

    private PrivateRabbitMq(string folder, string nodeName, int port, int distributionPort)
    {
        _folder = folder;
        _nodeName = nodeName;
        Port = port;
        _distributionPort = distributionPort;
    }

    public int Port { get; }

    public static async Task<PrivateRabbitMq> StartAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(Path.GetTempPath(), $"mobius-rabbit-{id}");
        Directory.CreateDirectory(folder);
        var broker = new PrivateRabbitMq(folder, $"mobius-test-{id}@localhost", LoopbackPorts.Free(), LoopbackPorts.Free());
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"), $"listeners.tcp.default = 127.0.0.1:{broker.Port}\n");
        await RunAsync("chown", "-R", "rabbitmq:rabbitmq", folder);
        await broker.StartAsync(TimeSpan.FromSeconds(90));
        return broker;
    }

    /// <summary>Stops the node cleanly (as an operator would) and waits for it to be gone.</summary>
    public async Task StopAsync()
    {
        await RunAsync("rabbitmqctl", Environment(), "-n", _nodeName, "stop");
        await _server!.WaitForExitAsync();
        _server.Dispose();
        _server = null;
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("rabbitmq-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in Environment())
        {
            start.Environment[name] = value;
        }

        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + timeout;
        while (!LoopbackPorts.IsListening(Port))
        {
            Assert.False(_server.HasExited, $"RabbitMQ node {_nodeName} exited; see {_folder}/log");
            Assert.True(DateTime.UtcNow < deadline, $"RabbitMQ node {_nodeName} did not listen on {Port} within {timeout.TotalSeconds} s");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = _nodeName,
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log"),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
    };

    private static Task RunAsync(string command, params string[] arguments) => RunAsync(command, [], arguments);

    private static async Task RunAsync(string command, Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed: {await output} {await errors}");
    }
}

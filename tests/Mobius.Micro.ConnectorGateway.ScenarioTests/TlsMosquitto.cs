using System.Diagnostics;
using Mobius.Micro.Testing;

namespace Mobius.Micro.ConnectorGateway.ScenarioTests;

/// <summary>A Mosquitto of the test's own with only a TLS listener on a free loopback port.</summary>
public sealed class TlsMosquitto : IAsyncDisposable
{
    private readonly Process _broker;

    private TlsMosquitto(Process broker, int port)
    {
        _broker = broker;
        Port = port;
    }

    public int Port { get; }

    public static async Task<TlsMosquitto> StartAsync(TestCertificates certificates, bool requireClientCertificate)
    {
        var port = LoopbackPorts.Free();
        var (certificate, key) = certificates.Issue("broker", server: true);
        var configuration = Path.Combine(certificates.Folder, "mosquitto.conf");
        await File.WriteAllLinesAsync(configuration,
        [
            "user root",
            "persistence false",
            $"listener {port} 127.0.0.1",
            $"cafile {certificates.AuthorityPath}",
            $"certfile {certificate}",
            $"keyfile {key}",
            $"require_certificate {(requireClientCertificate ? "true" : "false")}",
            "allow_anonymous true",
        ]);
        var broker = Process.Start(new ProcessStartInfo(Executable(), ["-c", configuration]) { RedirectStandardError = true })!;
        var started = DateTime.UtcNow;
        while (!LoopbackPorts.IsListening(port))
        {
            if (broker.HasExited)
            {
                Assert.Fail($"mosquitto exited: {await broker.StandardError.ReadToEndAsync()}");
            }

            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "mosquitto did not open its TLS listener");
            await Task.Delay(50);
        }

        return new TlsMosquitto(broker, port);
    }

    public async ValueTask DisposeAsync()
    {
        _broker.Kill();
        await _broker.WaitForExitAsync();
        _broker.Dispose();
    }

    private static string Executable() =>
        new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto" }.FirstOrDefault(File.Exists) ?? "mosquitto";
}

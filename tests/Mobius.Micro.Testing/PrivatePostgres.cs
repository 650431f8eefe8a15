using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Mobius.Micro.Testing;

/// <summary>
/// A PostgreSQL 15 cluster of the test's own (initdb into a temporary folder, a free loopback port,
/// trust authentication, run as the <c>postgres</c> user when the tests run as root), so a test can
/// stop, kill and restart the database without disturbing the shared one. Its data survives restarts.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;
    private Process? _server;

    private PrivatePostgres(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres",
    }.ConnectionString;

    private string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PrivatePostgres> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mobius-postgres-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(folder);
        var database = new PrivatePostgres(folder, LoopbackPorts.Free());
        if (Environment.UserName == "root")
        {
            await Commands.RunAsync("chown", "postgres:postgres", folder);
        }

        var (initdb, arguments) = AsPostgres("initdb", "-D", database.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await Commands.RunAsync(initdb, arguments);
        await database.StartAsync(TimeSpan.FromSeconds(60));
        return database;
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // After a kill the old backends may hold the shared memory a moment longer: start again until it is free.
            var (postgres, arguments) = AsPostgres(
                "postgres", "-D", DataFolder, "-p", Port.ToString(CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={_folder}", "-c", "fsync=off", "-c", "max_connections=200");
            _server = Commands.StartServer(postgres, new Dictionary<string, string>(), arguments);
            await Task.Delay(200);
            if (!_server.HasExited || DateTime.UtcNow > deadline)
            {
                break;
            }

            _server.Dispose();
        }

        await Commands.WaitUntilListeningAsync(Port, _server, "PostgreSQL", timeout);
    }

    /// <summary>A fast shutdown, as an operator's <c>pg_ctl stop</c> does: sessions are ended, data is checkpointed.</summary>
    public Task StopAsync() => SignalAndWaitAsync("INT");

    /// <summary>SIGKILL to the postmaster, as a crash would; the next start runs crash recovery.</summary>
    public Task KillAsync() => SignalAndWaitAsync("KILL");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await StopAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private async Task SignalAndWaitAsync(string signal)
    {
        await Commands.SignalAsync(_server!.Id, signal);
        await _server.WaitForExitAsync();
        _server.Dispose();
        _server = null;
        await Commands.WaitUntilClosedAsync(Port, TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// The command line for one of the PostgreSQL programs. PostgreSQL refuses to run as root: then
    /// <c>setpriv</c> becomes <c>postgres</c> and execs the program (so a server's process id is the server's).
    /// </summary>
    private static (string Command, string[] Arguments) AsPostgres(string program, params string[] arguments) =>
        Environment.UserName == "root"
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", $"{Binaries}/{program}", .. arguments])
            : ($"{Binaries}/{program}", arguments);
}

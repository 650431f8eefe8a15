using System.Globalization;
using Npgsql;

namespace Mobius.Micro.Testing;

/// <summary>
/// A PostgreSQL 15 cluster of the test's own (initdb into a temporary folder, a free loopback port,
/// trust authentication, run as the <c>postgres</c> user when the tests run as root), so a test can
/// stop (SIGINT: a fast shutdown, as <c>pg_ctl stop</c>: sessions ended, data checkpointed), kill (the
/// next start runs crash recovery) and restart the database without disturbing the shared one. Its
/// data survives restarts.
/// </summary>
public sealed class PrivatePostgres(string folder, int port) : PrivateServer(folder, port, "INT")
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres",
    }.ConnectionString;

    private string DataFolder => Path.Combine(Folder, "data");

    protected override bool StopsWhenDisposed => true;

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

    public override async Task StartAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // After a kill the old backends may hold the shared memory a moment longer: start again until it is free.
            var (postgres, arguments) = AsPostgres(
                "postgres", "-D", DataFolder, "-p", Port.ToString(CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={Folder}", "-c", "fsync=off", "-c", "max_connections=200");
            var server = Commands.StartServer(postgres, new Dictionary<string, string>(), arguments);
            await Task.Delay(200);
            if (Started(server) || DateTime.UtcNow > deadline)
            {
                break;
            }
        }

        await WaitUntilListeningAsync("PostgreSQL", timeout);
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

using System.Diagnostics;

namespace Mobius.Micro.Deployment.Tests;

/// <summary>The repository the tests run in, and its scripts run as processes.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Runs <c>bash scripts/...</c> from the repository root; answers its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunScriptAsync(string script, params string[] arguments) =>
        RunScriptAsync(script, new Dictionary<string, string>(), arguments);

    public static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Root, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mobius.Micro.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Mobius.Micro.sln above {AppContext.BaseDirectory}");
    }
}

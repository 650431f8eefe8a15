using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Mobius.Micro.Testing;

/// <summary>
/// One Mobius.Micro service started from its build output as a real process, with its output kept
/// for the failure message, ready once <c>/health/ready</c> answers 200.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(string name, Uri baseAddress, Process process)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>The operating system's id of the process (for /proc readings in benchmarks).</summary>
    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>services/{folder}/bin/{configuration}/net10.0/{assembly}.dll</c> on a free loopback port.</summary>
    public static ServiceProcess Start(string folder, string assembly, IReadOnlyDictionary<string, string> environment)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var dll = Path.Combine(RepositoryRoot(), "services", folder, "bin", BuildConfiguration(), "net10.0", assembly + ".dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the solution first", dll);
        }

        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var service = new ServiceProcess(folder, baseAddress, process);
        process.OutputDataReceived += (_, line) => service.Append(line.Data);
        process.ErrorDataReceived += (_, line) => service.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        var lastAnswer = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                lastAnswer = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                // Refused while starting, or slow to answer on a loaded machine: ask again until the deadline.
                lastAnswer = failure.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} not ready after {timeout.TotalSeconds} s (last answer: {lastAnswer}):\n{Output}");
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The process's resident memory now, in bytes.</summary>
    public long ResidentBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Asks the service to stop (SIGTERM, as an orchestrator does) and waits until it has.</summary>
    public async Task StopAsync()
    {
        await Commands.SignalAsync(_process.Id, "TERM");
        await _process.WaitForExitAsync();
    }

    /// <summary>Ends the service at once (SIGKILL), as a crash or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        await Commands.SignalAsync(_process.Id, "KILL");
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself and answers its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string BuildConfiguration() =>
        Assembly.GetExecutingAssembly().GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string RepositoryRoot()
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

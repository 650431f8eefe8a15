using Mobius.Micro.Testing;

namespace Mobius.Micro.Reliability.Tests;

/// <summary>One of the four services, which a test may stop (SIGTERM), kill (SIGKILL) and start again with the same settings.</summary>
public sealed class StackService(string folder, string assembly, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public string Name => folder;

    /// <summary>The running process, or the last one after a stop.</summary>
    public ServiceProcess Process { get; private set; } = null!;

    public bool IsRunning => Process is { HasExited: false };

    public void Start() => Process = ServiceProcess.Start(folder, assembly, environment);

    public async Task StartAndWaitAsync()
    {
        Start();
        await Process.WaitUntilReadyAsync(StartTimeout);
    }

    public ValueTask DisposeAsync() => Process?.DisposeAsync() ?? ValueTask.CompletedTask;
}

using System.Runtime.InteropServices;

namespace Mobius.Micro.Cli.Simulate;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a graceful stop: the run stops offering
/// messages, waits for the outcomes, disconnects with the last wills and prints its summary. A
/// second signal ends the process at once. (System.CommandLine 2.0 only cancels the action's token
/// on these signals when the root invocation sets a process termination timeout.)
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignals(CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = !_stop.IsCancellationRequested;
        _stop.Cancel();
    }
}

using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.Cli.Simulate.Mqtt;
using Mobius.Micro.Cli.Simulate.Provisioning;
using Mobius.Micro.Cli.Simulate.Reporting;
using Mobius.Micro.Cli.Simulate.Scheduling;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Topics;

namespace Mobius.Micro.Cli.Simulate;

/// <summary>
/// One run of <c>mobius simulate</c>: plan the site (and provision it), connect every connector,
/// offer the <c>up</c> messages on schedule with heartbeats in between, wait for every outcome,
/// disconnect with the last wills, and report.
/// </summary>
/// <param name="output">Progress and summary, or the JSON lines with <see cref="SimulationSettings.Json"/>.</param>
/// <param name="notes">Provisioning notes and errors (and the summary with <see cref="SimulationSettings.Json"/>).</param>
public sealed class SimulationRunner(SimulationSettings settings, TextWriter output, TextWriter notes, TimeProvider clock)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var serials = ConnectorSerials.From(settings.FirstSerial, settings.Connectors);
        IReadOnlyList<DeviceSpec> devices;
        try
        {
            devices = await PlanDevicesAsync(serials, cancellationToken);
        }
        catch (ProvisioningException failure)
        {
            await notes.WriteLineAsync($"error: {failure.Message}");
            return SimulateExitCodes.ProvisioningFailed;
        }
        catch (Exception failure) when (failure is HttpRequestException || (failure is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await notes.WriteLineAsync($"error: provisioning through {settings.Provisioning?.Api} failed: {failure.Message}");
            return SimulateExitCodes.ProvisioningFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return SimulateExitCodes.Interrupted;
        }

        var connectors = SimulatedSite.Build(
            serials, devices, settings.Psks, settings.Misbehaviour, settings.Seed, new ConnectorTopicLayout(settings.TopicPrefix), clock.GetUtcNow());
        var counters = new SimulationCounters();
        IPublishObserver observer = settings.Json ? new JsonLinesPublishObserver(output, counters, clock) : counters;
        using var connections = new SiteConnections(settings.Broker, settings.MaxInFlight, observer, clock);
        try
        {
            await connections.ConnectAllAsync(connectors, cancellationToken);
        }
        catch (BrokerConnectionException failure)
        {
            await notes.WriteLineAsync($"error: {failure.Message}");
            await connections.DisconnectAllAsync();
            return SimulateExitCodes.BrokerUnreachable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await connections.DisconnectAllAsync();
            return SimulateExitCodes.Interrupted;
        }

        var (elapsed, notOffered) = await SendAsync(connections.Connected, counters, cancellationToken);
        await connections.DisconnectAllAsync();
        SummaryWriter.WriteSummary(
            settings.Json ? notes : output,
            new SimulationSummary(settings.Connectors, settings.Rate, settings.Duration, settings.Seed, elapsed, notOffered, counters.Snapshot()));
        return cancellationToken.IsCancellationRequested ? SimulateExitCodes.Interrupted : SimulateExitCodes.Done;
    }

    /// <summary>The devices of the site; with provisioning, their objects and the connectors' are created first.</summary>
    private async Task<IReadOnlyList<DeviceSpec>> PlanDevicesAsync(IReadOnlyList<ConnectorSerial> serials, CancellationToken cancellationToken)
    {
        var devices = DevicePlan.Create(serials, settings.DevicesPerConnector, DeviceKinds.Mix);
        if (settings.Provisioning is not { } provisioning)
        {
            return devices;
        }

        using var api = await EngineApiSession.LoginAsync(provisioning, cancellationToken);
        var provisioner = new SiteProvisioner(api, notes);
        await provisioner.ProvisionConnectorsAsync(serials, settings.Psks, cancellationToken);
        var provisioned = await provisioner.ProvisionDevicesAsync(devices, cancellationToken);
        provisioner.WriteSummary();
        return provisioned;
    }

    /// <summary>Runs the schedule; answers how long sending took (until the last outcome) and how many messages were not offered.</summary>
    private async Task<(TimeSpan Elapsed, long NotOffered)> SendAsync(IReadOnlyList<ConnectedConnector> connected, SimulationCounters counters, CancellationToken cancellationToken)
    {
        var senders = connected.Select(connection => new ConnectorSender(connection.Connector, connection.Link, clock)).ToArray();
        var sending = senders.Select(sender => Task.Run(sender.RunAsync, CancellationToken.None)).ToArray();
        var schedule = new RateSchedule(settings.Rate, settings.Duration);
        var started = clock.GetTimestamp();
        using var stopProgress = new CancellationTokenSource();
        var progress = settings.Json ? Task.CompletedTask : WriteProgressAsync(counters, started, stopProgress.Token);

        var handedOut = await new SimulationScheduler(schedule, settings.Heartbeat, clock).RunAsync(senders, cancellationToken);
        foreach (var sender in senders)
        {
            sender.Complete();
        }

        await Task.WhenAll(sending);
        var elapsed = clock.GetElapsedTime(started);
        await stopProgress.CancelAsync();
        await progress;
        return (elapsed, schedule.Total - handedOut);
    }

    private async Task WriteProgressAsync(SimulationCounters counters, long started, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(ProgressInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                SummaryWriter.WriteProgress(output, clock.GetElapsedTime(started), counters.Snapshot());
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over; the summary follows.
        }
    }
}

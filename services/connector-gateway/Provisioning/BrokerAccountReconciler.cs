using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// At start and every <see cref="ProvisioningOptions.ReconcileIntervalSeconds"/>: every connector
/// object's broker account (and the gateway's own) as the objects say, and the accounts of connectors
/// that no longer exist removed, so a change whose event was missed is repaired. A failed run is
/// tried again soon.
/// </summary>
public sealed partial class BrokerAccountReconciler(
    IBusControl bus,
    BrokerAccountProvisioner provisioner,
    IOptions<ProvisioningOptions> options,
    IOptions<HubOptions> hub,
    TimeProvider clock,
    ILogger<BrokerAccountReconciler> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.UntilStartedAsync(clock, stoppingToken);
        var roster = bus.CreateRequestClient<ListConnectorCredentials>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = TimeSpan.FromSeconds(options.Value.ReconcileIntervalSeconds);
            try
            {
                var connectors = await roster.GetResponse<ConnectorCredentialsList>(new ListConnectorCredentials { Hid = hub.Value.HubId }, stoppingToken);
                await provisioner.ReconcileAsync(connectors.Message.Connectors, stoppingToken);
                LogReconciled(connectors.Message.Connectors.Count);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(RetryDelay.TotalSeconds, failure.Message);
                delay = RetryDelay;
            }

            await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker accounts reconciled with {Count} connector objects")]
    private partial void LogReconciled(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling broker accounts failed, trying again in {DelaySeconds} s: {Reason}")]
    private partial void LogFailed(double delaySeconds, string reason);
}

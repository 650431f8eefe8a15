using System.Collections.Concurrent;
using System.Globalization;
using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;

namespace Mobius.Micro.ConnectorGateway.Status;

/// <summary>
/// Copies the fast-moving part of live status (last sender UIDs, accepted and rejected counts) from
/// Redis onto the connector objects every <see cref="GatewayOptions.LiveStatusReportSeconds"/>, for
/// the connectors that changed since the last round: one object write per connector per round,
/// however many telegrams it relayed.
/// </summary>
public sealed partial class LiveStatusReporter(
    RedisConnectorStateStore store,
    IBus bus,
    TimeProvider clock,
    IOptions<GatewayOptions> options,
    ILogger<LiveStatusReporter> logger) : BackgroundService
{
    private ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);

    public void CountersChanged(string serial) => _changed.TryAdd(serial, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.LiveStatusReportSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var changed = Interlocked.Exchange(ref _changed, new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));
            foreach (var serial in changed.Keys)
            {
                try
                {
                    await ReportAsync(serial, stoppingToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    CountersChanged(serial);
                    LogReportFailed(logger, serial, failure.Message);
                }
            }
        }
    }

    private async Task ReportAsync(string serial, CancellationToken cancellationToken)
    {
        var fields = await store.ReadFieldsAsync(serial, "uri", "lastEnOceanUID", "lastWorkOccUID", "accepted", "rejected");
        if (!fields.TryGetValue("uri", out var uri))
        {
            return;
        }

        var values = new List<ReportedValue>(4);
        if (fields.TryGetValue("lastEnOceanUID", out var enOceanUid))
        {
            values.Add(ReportedValue.Of(ConnectorProfile.LastEnOceanUid, enOceanUid));
        }

        if (fields.TryGetValue("lastWorkOccUID", out var workOccUid))
        {
            values.Add(ReportedValue.Of(ConnectorProfile.LastWorkOccUid, workOccUid));
        }

        values.Add(ReportedValue.Of(ConnectorProfile.TelegramsAccepted, Count(fields, "accepted")));
        values.Add(ReportedValue.Of(ConnectorProfile.TelegramsRejected, Count(fields, "rejected")));
        await bus.Publish(new ObjectValuesReported { ObjectUri = uri, ObservedAt = clock.GetUtcNow(), Values = values }, cancellationToken);
    }

    private static double Count(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report live status of {Connector}, trying again next round: {Reason}")]
    private static partial void LogReportFailed(ILogger logger, string connector, string reason);
}

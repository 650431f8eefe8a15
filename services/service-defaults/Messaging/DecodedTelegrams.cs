using System.Diagnostics;
using MassTransit;
using Mobius.Micro.Contracts;

namespace Mobius.Micro.ServiceDefaults.Messaging;

/// <summary>
/// What a decoder got from one bus message of raw telegrams: the readings and broadcast commands of
/// all its telegrams, published at the end as one <see cref="ObjectValuesReportedBatch"/> and one
/// <see cref="BroadcastCommands"/> (none when empty) instead of one message each. A reading keeps the
/// trace it was decoded in: <see cref="Activity.Current"/> when it is added becomes its
/// <see cref="ObjectValuesReported.TraceParent"/>.
/// </summary>
public sealed class DecodedTelegrams
{
    private readonly List<ObjectValuesReported> _reports = [];
    private readonly List<BroadcastCommand> _broadcasts = [];

    public void Report(ObjectValuesReported report) => _reports.Add(report with { TraceParent = Activity.Current?.Id });

    public void Broadcast(BroadcastCommand command) => _broadcasts.Add(command);

    public async Task PublishAsync(IPublishEndpoint bus, CancellationToken cancellationToken)
    {
        if (_broadcasts.Count > 0)
        {
            await bus.Publish(new BroadcastCommands { Commands = _broadcasts }, cancellationToken);
        }

        if (_reports.Count > 0)
        {
            await bus.Publish(new ObjectValuesReportedBatch { Reports = _reports }, cancellationToken);
        }
    }
}

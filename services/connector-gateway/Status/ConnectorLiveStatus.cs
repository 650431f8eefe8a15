using MassTransit;
using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorGateway.LiveStatus;
using Mobius.Micro.ConnectorProtocol.Messages;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;

namespace Mobius.Micro.ConnectorGateway.Status;

/// <summary>
/// Keeps a connector's live status right in the three places that show it: the Redis hash, the
/// connector object's resources (through <see cref="ObjectValuesReported"/>) and the
/// <see cref="ConnectorConnected"/>/<see cref="ConnectorDisconnected"/> events when <c>online</c> changes.
/// </summary>
public sealed class ConnectorLiveStatus(
    RedisConnectorStateStore store,
    ConnectorSessions sessions,
    LiveStatusReporter reporter,
    IBus bus,
    TimeProvider clock)
{
    /// <summary>
    /// Telegrams of one connector were relayed (in arrival order), in one Redis commit: the connector
    /// is online, its counter moved by their number, its last senders are theirs, and the replay state
    /// of the latest decision is stored.
    /// </summary>
    public async Task TelegramsRelayedAsync(IReadOnlyList<AcceptedMessage> relayed, CancellationToken cancellationToken)
    {
        var latest = relayed.MaxBy(accepted => accepted.Generation)!;
        KeyValuePair<string, string>[] fields =
        [
            .. relayed.Select(accepted => accepted.Telegram!.Value)
                .Where(telegram => telegram.SenderUid is not null)
                .GroupBy(telegram => telegram.Module)
                .Select(module => new KeyValuePair<string, string>(
                    module.Key == RadioModules.WorkOcc ? "lastWorkOccUID" : "lastEnOceanUID", module.Last().SenderUid!)),
        ];
        var wasOnline = await store.CommitAsync(new ConnectorCommit(
            latest.Serial, latest.ConnectorUri, latest.NextState, latest.Generation, Online: true, latest.ReceivedAt, fields, Telegrams: relayed.Count));
        reporter.CountersChanged(latest.Serial);
        if (!wasOnline)
        {
            await CameOnlineAsync(latest, cancellationToken);
        }
    }

    /// <summary>A <c>status</c> (connect, heartbeat or last will): every field it carries, and a possible change of <c>online</c>.</summary>
    public async Task StatusReceivedAsync(AcceptedMessage accepted, StatusClaims status, CancellationToken cancellationToken)
    {
        var wasOnline = await store.CommitAsync(new ConnectorCommit(
            accepted.Serial, accepted.ConnectorUri, accepted.NextState, accepted.Generation, status.Online, accepted.ReceivedAt,
            ConnectorStatusValues.HashFields(status), Telegrams: 0));
        if (status.Modules is { } modules)
        {
            sessions.RecordModules(accepted.Serial, modules);
        }

        await bus.Publish(new ObjectValuesReported
        {
            ObjectUri = accepted.ConnectorUri,
            ObservedAt = accepted.ReceivedAt,
            Values = ConnectorStatusValues.ObjectValues(status),
        }, cancellationToken);

        if (status.Online && !wasOnline)
        {
            await bus.Publish(new ConnectorConnected { Serial = accepted.Serial, ConnectorUri = accepted.ConnectorUri, At = accepted.ReceivedAt }, cancellationToken);
        }
        else if (!status.Online && wasOnline)
        {
            await bus.Publish(new ConnectorDisconnected
            {
                Serial = accepted.Serial, ConnectorUri = accepted.ConnectorUri, At = accepted.ReceivedAt, Reason = DisconnectReasons.LastWill,
            }, cancellationToken);
        }
    }

    /// <summary>Any other accepted message (an <c>ack</c>) is a sign of life.</summary>
    public async Task HeardAsync(AcceptedMessage accepted, CancellationToken cancellationToken)
    {
        var wasOnline = await store.CommitAsync(new ConnectorCommit(
            accepted.Serial, accepted.ConnectorUri, accepted.NextState, accepted.Generation, Online: true, accepted.ReceivedAt, [], Telegrams: 0));
        if (!wasOnline)
        {
            await CameOnlineAsync(accepted, cancellationToken);
        }
    }

    /// <summary>The heartbeat monitor took a silent connector offline.</summary>
    public async Task TimedOutAsync(string serial, CancellationToken cancellationToken)
    {
        var uri = (await store.ReadFieldsAsync(serial, "uri")).GetValueOrDefault("uri");
        if (uri is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await bus.Publish(new ObjectValuesReported { ObjectUri = uri, ObservedAt = now, Values = [ReportedValue.Of(ConnectorProfile.Online, false)] }, cancellationToken);
        await bus.Publish(new ConnectorDisconnected { Serial = serial, ConnectorUri = uri, At = now, Reason = DisconnectReasons.HeartbeatTimeout }, cancellationToken);
    }

    private async Task CameOnlineAsync(AcceptedMessage accepted, CancellationToken cancellationToken)
    {
        await bus.Publish(new ObjectValuesReported
        {
            ObjectUri = accepted.ConnectorUri,
            ObservedAt = accepted.ReceivedAt,
            Values = [ReportedValue.Of(ConnectorProfile.Online, true)],
        }, cancellationToken);
        await bus.Publish(new ConnectorConnected { Serial = accepted.Serial, ConnectorUri = accepted.ConnectorUri, At = accepted.ReceivedAt }, cancellationToken);
    }
}

using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Subscriptions;
using Mobius.Micro.ServiceDefaults.Configuration;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// Writes a service's status into its <c>serviceStatus</c> object (PID <c>0001</c>, INS <c>0001</c>) at
/// priority 15: <c>01</c> status, <c>02</c> statusText, and <c>03</c> lastChanged when the status changes.
/// The time of the last write of <c>01</c> tells when the service last reported.
/// </summary>
public sealed class ServiceStatusWriter(
    NpgsqlDataSource dataSource, ObjectRepository objects, MeasuredValuesWriter writer, ChangeNotifier notifier, IOptions<HubOptions> hub)
{
    public const int MaxStatusTextLength = 1024;

    public MobiusUri StatusObjectUri(string sid) =>
        MobiusUri.FromParts(hub.Value.HubId, sid, ServiceStatusProfile.Pid, ServiceStatusProfile.Ins);

    /// <summary>Writes the status; answers false when the service has no status object here.</summary>
    public async Task<bool> WriteAsync(string sid, double status, string statusText, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        var uri = StatusObjectUri(sid);
        if (await objects.FindAsync(uri, cancellationToken) is not { } current)
        {
            return false;
        }

        var text = statusText.Length > MaxStatusTextLength ? statusText[..MaxStatusTextLength] : statusText;
        List<MeasuredValue> values =
        [
            new(uri, ServiceStatusProfile.Status, new NumberValue(status), observedAt),
            new(uri, ServiceStatusProfile.StatusText, new StringValue(text), observedAt),
        ];
        if (current.PresentValueOf(ServiceStatusProfile.Status) is not NumberValue { } known || known.Value != status)
        {
            values.Add(new(uri, ServiceStatusProfile.LastChanged, new DateTimeValue(observedAt), observedAt));
        }

        var result = await writer.WriteAsync(values, cancellationToken);
        notifier.Stored(result.Changed);
        return true;
    }

    /// <summary>Each service's current status and when it last reported (null: never).</summary>
    public async Task<List<(string Sid, double Status, DateTimeOffset? ReportedAt)>> LastReportsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            select sid, coalesce(prar -> 14, prar -> 15)::text, measured_at from resources
            where hid = $1 and pid = $2 and ins = $3 and rid = $4
            """);
        Sql.Add(command.Parameters, hub.Value.HubId, ServiceStatusProfile.Pid, ServiceStatusProfile.Ins, ServiceStatusProfile.Status);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reports = new List<(string, double, DateTimeOffset?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var status = double.TryParse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : ServiceStatusProfile.Unknown;
            reports.Add((reader.GetString(0), status, reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return reports;
    }
}

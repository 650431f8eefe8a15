using System.Text.Json;
using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;
using Mobius.Micro.ObjectStore.Subscriptions;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Node;

/// <summary>
/// Makes the hub's objects exactly those of a backup, all or nothing: objects not in it are deleted
/// (the services' status objects stay), objects in it are created or overwritten (existing ones keep
/// their history), and the services get the backup's names, states and settings. Masked write-only
/// values keep the stored object's value; when there is none the restore is refused.
/// </summary>
public sealed class NodeRestorer(NpgsqlDataSource dataSource, ObjectRows rows, ProfileCatalog profiles, ServiceStates states, ChangeNotifier notifier)
{
    public async Task<RestoreSummary> RestoreAsync(string hid, JsonElement body, CancellationToken cancellationToken)
    {
        var plan = RestorePlan.Check(BackupDocuments.Read(body), hid, profiles);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = (await rows.LockAllAsync(connection, transaction, hid, cancellationToken)).ToDictionary(found => found.Uri.ToString(), StringComparer.Ordinal);
        KeepSecrets(plan, existing);

        var kept = plan.Objects.Select(created => $"{created.Uri.Sid}/{created.Uri.Pid}/{created.Uri.Ins}").ToArray();
        await ExecuteAsync(connection, transaction,
            "delete from objects where hid = $1 and not (pid = $2 and ins = $3) and sid || '/' || pid || '/' || ins <> all ($4::text[])",
            cancellationToken, hid, ServiceStatusProfile.Pid, ServiceStatusProfile.Ins, kept);
        await ExecuteAsync(connection, transaction, "update objects set unique_key = null where hid = $1 and unique_key is not null", cancellationToken, hid);
        try
        {
            foreach (var created in plan.Objects)
            {
                await (existing.ContainsKey(created.Uri.ToString())
                    ? ObjectInsertion.ReplaceAsync(connection, transaction, created, cancellationToken)
                    : ObjectInsertion.InsertAsync(connection, transaction, created, cancellationToken));
            }
        }
        catch (PostgresException conflict) when (conflict.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw NodeErrors.InvalidBackup($"two objects of one service share a unique value (serial number, sender id): {conflict.Detail}");
        }

        foreach (var service in plan.Services)
        {
            await ExecuteAsync(connection, transaction, "update services set name = $3, state = $4, settings = $5 where hid = $1 and sid = $2",
                cancellationToken, hid, service.Sid.ToUpperInvariant(), service.Name.Trim(), service.State, Sql.Jsonb(service.Settings.GetRawText()));
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var service in plan.Services)
        {
            states.Set(service.Sid.ToUpperInvariant(), service.State == ServiceRecord.Stopped);
        }

        foreach (var removed in existing.Values.Where(found => !kept.Contains($"{found.Uri.Sid}/{found.Uri.Pid}/{found.Uri.Ins}")))
        {
            notifier.ObjectRemoved(removed);
        }

        foreach (var created in plan.Objects)
        {
            notifier.ObjectWritten(new ObjectInstance(created.Uri, profiles.Find(created.Uri.Sid!, created.Uri.Pid!)!, created.PriorityArrays, created.Overrides));
        }

        return new RestoreSummary(plan.Objects.Count, existing.Count(entry => ProfileCatalog.IsCreatable(entry.Value.Profile) && !kept.Contains($"{entry.Value.Uri.Sid}/{entry.Value.Uri.Pid}/{entry.Value.Uri.Ins}")), plan.Services.Count);
    }

    private static void KeepSecrets(RestorePlan plan, Dictionary<string, ObjectInstance> existing)
    {
        foreach (var (resourceUri, slot) in plan.MaskedSecrets)
        {
            var objectUri = resourceUri.Parent!.ToString();
            var resource = FindStoredResource(existing, objectUri, resourceUri.Rid!);
            var stored = resource is null ? null : existing[objectUri].PriorityArrayOf(resource)[slot];
            if (stored is null)
            {
                throw NodeErrors.MissingSecret(resourceUri.ToString());
            }

            var target = plan.Objects.First(created => created.Uri.ToString() == objectUri);
            ((PriorityArray)target.PriorityArrays[resourceUri.Rid!]).Write(slot, stored);
        }
    }

    private static ObjectModel.Resources.ResourceDefinition? FindStoredResource(Dictionary<string, ObjectInstance> existing, string objectUri, string rid) =>
        existing.TryGetValue(objectUri, out var found) ? found.Profile.FindResource(rid) : null;

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Sql.Command(connection, transaction, sql, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>What a restore did: objects restored (created or overwritten), objects deleted, services restored.</summary>
public sealed record RestoreSummary(int Restored, int Deleted, int Services);

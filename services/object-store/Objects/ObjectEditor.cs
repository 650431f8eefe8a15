using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Subscriptions;
using Npgsql;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>
/// Changes one stored object all-or-nothing: loads it locked, lets the caller change a draft (a
/// refusal thrown there changes nothing), sets <c>objectLastUpdated</c> when any resource changed,
/// stores what changed in the same transaction and tells subscribers after the commit.
/// </summary>
public sealed class ObjectEditor(NpgsqlDataSource dataSource, ObjectRows rows, ObjectAddressing addressing, ChangeNotifier notifier, TimeProvider time)
{
    public async Task<ObjectInstance> EditAsync(MobiusUri objectUri, Action<ObjectDraft> edit, CancellationToken cancellationToken)
    {
        addressing.CheckService(objectUri);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await rows.LockAsync(connection, transaction, objectUri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(objectUri);
        var draft = new ObjectDraft(stored);
        edit(draft);

        var changed = ChangedRids(stored, draft);
        if (changed.Count > 0 && CommonResources.ObjectLastUpdatedOf(draft.Profile) is { } lastUpdated && !changed.Contains(lastUpdated.Rid))
        {
            draft.Write(lastUpdated, PriorityArray.Measured, new DateTimeValue(now));
            changed.Add(lastUpdated.Rid);
        }

        if (changed.Count == 0 && draft.NewIns is null)
        {
            return stored;
        }

        try
        {
            await ObjectRows.SaveAsync(connection, transaction, draft, changed, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException conflict) when (conflict.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw conflict.ConstraintName == ObjectRows.ObjectKeyConstraint
                ? ApiErrors.ObjectExists(draft.Uri)
                : ApiErrors.DuplicateUniqueValue(draft.Profile.UniqueResource!, ((StringValue)draft.Arrays[draft.Profile.UniqueResource!.Rid].PresentValue).Value, objectUri.Sid!);
        }

        var saved = draft.ToInstance();
        if (UniqueValueOf(stored) != UniqueValueOf(saved))
        {
            notifier.ObjectRemoved(stored);
        }

        if (draft.NewIns is not null)
        {
            notifier.ObjectWritten(saved);
        }
        else
        {
            notifier.ResourcesWritten(saved, changed);
        }

        return saved;
    }

    /// <summary>Deletes an object with its resources and history; a service's status object stays.</summary>
    public async Task<ObjectInstance> DeleteAsync(MobiusUri objectUri, CancellationToken cancellationToken)
    {
        addressing.CheckService(objectUri);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = await rows.LockAsync(connection, transaction, objectUri, cancellationToken) ?? throw ApiErrors.ObjectNotFound(objectUri);
        if (!Profiles.ProfileCatalog.IsCreatable(stored.Profile))
        {
            throw ApiErrors.ProtectedObject(objectUri);
        }

        await ObjectRows.DeleteAsync(connection, transaction, objectUri, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.ObjectRemoved(stored);
        return stored;
    }

    private static ResourceValue? UniqueValueOf(ObjectInstance instance) =>
        instance.Profile.UniqueResource is { } unique ? instance.PresentValueOf(unique.Rid) : null;

    private static HashSet<string> ChangedRids(ObjectInstance stored, ObjectDraft draft) =>
        draft.Profile.Resources
            .Where(resource => ObjectRows.Differs(
                stored.PriorityArrayOf(resource), stored.Overrides.GetValueOrDefault(resource.Rid),
                draft.Arrays[resource.Rid], draft.Overrides.GetValueOrDefault(resource.Rid)))
            .Select(resource => resource.Rid)
            .ToHashSet(StringComparer.Ordinal);
}

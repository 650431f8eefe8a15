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
/// Clones an object's configuration (slot 16 of each resource and its settings overrides) into new
/// objects of the same profile, at the free instances from <c>start</c> up (from <c>0001</c> when
/// not given; taken instances are skipped), all or nothing. An object with a unique identity
/// (a connector's serial, a device's sender id) cannot be cloned: every copy would share it.
/// </summary>
public sealed class ObjectCloner(NpgsqlDataSource dataSource, ObjectRows rows, ObjectAddressing addressing, ChangeNotifier notifier, TimeProvider time)
{
    public const int MaxCopies = 256;

    public async Task<List<ObjectInstance>> CloneAsync(MobiusUri source, int copies, string? start, CancellationToken cancellationToken)
    {
        addressing.CheckService(source);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var original = await rows.LockAsync(connection, transaction, source, cancellationToken) ?? throw ApiErrors.ObjectNotFound(source);
        var profile = original.Profile;
        if (!Profiles.ProfileCatalog.IsCreatable(profile))
        {
            throw ApiErrors.NotCreatable(profile);
        }

        if (profile.UniqueResource is { } unique)
        {
            throw ApiErrors.DuplicateUniqueValue(unique, ((StringValue)original.PresentValueOf(unique.Rid)).Value, source.Sid!);
        }

        await ObjectInsertion.LockProfileAsync(connection, transaction, source, cancellationToken);
        var from = start is null ? 1 : ObjectInsertion.InstanceNumber(start);
        var instances = await ObjectInsertion.FreeInstancesAsync(connection, transaction, source, from, copies, cancellationToken);
        if (instances.Count < copies)
        {
            throw ApiErrors.NoFreeInstance(source.Parent!);
        }

        var clones = new List<ObjectInstance>(copies);
        foreach (var ins in instances)
        {
            var clone = Configuration(original, source.Parent!.WithIns(ins), now);
            await ObjectInsertion.InsertAsync(connection, transaction, clone, cancellationToken);
            clones.Add(new ObjectInstance(clone.Uri, profile, clone.PriorityArrays, clone.Overrides));
        }

        await transaction.CommitAsync(cancellationToken);
        clones.ForEach(notifier.ObjectWritten);
        return clones;
    }

    private static NewObject Configuration(ObjectInstance original, MobiusUri uri, DateTimeOffset now)
    {
        var arrays = original.Profile.Resources.ToDictionary(
            resource => resource.Rid,
            resource => new PriorityArray(original.PriorityArrayOf(resource)[PriorityArray.Default]!),
            StringComparer.Ordinal);
        if (CommonResources.ObjectLastUpdatedOf(original.Profile) is { } lastUpdated)
        {
            arrays[lastUpdated.Rid].Write(PriorityArray.Measured, new DateTimeValue(now));
        }

        return new NewObject(uri, arrays, original.Overrides, UniqueKey: null, MeasuredAt: null);
    }
}

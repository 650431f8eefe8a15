using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Subscriptions;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>Creates an object from its profile and configuration, at a given INS or the first free one, and tells subscribers.</summary>
public sealed class ObjectCreator(ObjectAddressing addressing, ObjectRepository objects, ChangeNotifier notifier, TimeProvider time)
{
    /// <param name="target">A profile URI (<c>HID/SID/PID</c>: first free INS) or an object URI.</param>
    public async Task<ObjectInstance> CreateAsync(MobiusUri target, IReadOnlyList<ResourceConfiguration> configuration, CancellationToken cancellationToken)
    {
        var profile = addressing.CreatableProfileOf(target);
        var created = NewObjectBuilder.Build(target, profile, configuration, time.GetUtcNow());
        var profileUri = MobiusUri.FromParts(target.Hid, target.Sid!, target.Pid!);

        var outcome = await objects.InsertAsync(created, cancellationToken);
        var instance = outcome.Result switch
        {
            ObjectInsertResult.Created => new ObjectInstance(profileUri.WithIns(outcome.Ins!), profile, created.PriorityArrays, created.Overrides),
            ObjectInsertResult.ObjectExists => throw ApiErrors.ObjectExists(target),
            ObjectInsertResult.DuplicateUniqueValue => throw ApiErrors.DuplicateUniqueValue(profile.UniqueResource!, created.UniqueKey!, target.Sid!),
            _ => throw ApiErrors.NoFreeInstance(profileUri),
        };
        notifier.ObjectWritten(instance);
        return instance;
    }
}

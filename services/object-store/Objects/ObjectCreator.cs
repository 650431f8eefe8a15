using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Persistence;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>Creates an object from its profile and configuration, at a given INS or the first free one.</summary>
public sealed class ObjectCreator(ObjectAddressing addressing, ObjectRepository objects, TimeProvider time)
{
    /// <param name="target">A profile URI (<c>HID/SID/PID</c>: first free INS) or an object URI.</param>
    public async Task<ObjectInstance> CreateAsync(MobiusUri target, IReadOnlyList<ResourceConfiguration> configuration, CancellationToken cancellationToken)
    {
        var profile = addressing.ProfileOf(target);
        var arrays = NewObjectBuilder.Build(profile, configuration, time.GetUtcNow());
        var uniqueKey = profile.UniqueResource is { } unique ? ((StringValue)arrays[unique.Rid].PresentValue).Value : null;
        var profileUri = MobiusUri.FromParts(target.Hid, target.Sid!, target.Pid!);

        var outcome = await objects.InsertAsync(profileUri, target.Ins, arrays, uniqueKey, cancellationToken);
        return outcome.Result switch
        {
            ObjectInsertResult.Created => new ObjectInstance(MobiusUri.FromParts(target.Hid, target.Sid!, target.Pid!, outcome.Ins!), profile, arrays),
            ObjectInsertResult.ObjectExists => throw ApiErrors.ObjectExists(target),
            ObjectInsertResult.DuplicateUniqueValue => throw ApiErrors.DuplicateUniqueValue(profile.UniqueResource!, uniqueKey!, target.Sid!),
            _ => throw ApiErrors.NoFreeInstance(profileUri),
        };
    }
}

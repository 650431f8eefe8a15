using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>Checks that a URI addresses this hub and a service here, and finds the profile its PID names in that service.</summary>
public sealed class ObjectAddressing(ProfileCatalog profiles, IOptions<HubOptions> hub)
{
    public ObjectProfile ProfileOf(MobiusUri uri)
    {
        if (uri.Hid != hub.Value.HubId)
        {
            throw ApiErrors.UnknownHub(uri.Hid, hub.Value.HubId);
        }

        var sid = uri.Sid!;
        if (!profiles.HasService(sid))
        {
            throw ApiErrors.UnknownService(sid);
        }

        return profiles.Find(sid, uri.Pid!) ?? throw ApiErrors.UnknownProfile(sid, uri.Pid!);
    }
}

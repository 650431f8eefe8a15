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
    public string HubId => hub.Value.HubId;

    /// <summary>Throws 404 unless <paramref name="hid"/> is this node's hub.</summary>
    public void CheckHub(string hid)
    {
        if (hid != hub.Value.HubId)
        {
            throw ApiErrors.UnknownHub(hid, hub.Value.HubId);
        }
    }

    /// <summary>Throws 404 unless the URI's hub is this node's and its service exists here.</summary>
    public void CheckService(MobiusUri uri)
    {
        CheckHub(uri.Hid);
        if (uri.Sid is { } sid && !profiles.HasService(sid))
        {
            throw ApiErrors.UnknownService(sid);
        }
    }

    public ObjectProfile ProfileOf(MobiusUri uri)
    {
        CheckService(uri);
        return profiles.Find(uri.Sid!, uri.Pid!) ?? throw ApiErrors.UnknownProfile(uri.Sid!, uri.Pid!);
    }

    /// <summary>The profile of a new object; a service's own <c>serviceStatus</c> cannot be created by clients.</summary>
    public ObjectProfile CreatableProfileOf(MobiusUri uri)
    {
        var profile = ProfileOf(uri);
        return ProfileCatalog.IsCreatable(profile) ? profile : throw ApiErrors.NotCreatable(profile);
    }
}

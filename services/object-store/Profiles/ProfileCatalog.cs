using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Profiles;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary>
/// Which object profiles each service holds, by PID: every service its <c>serviceStatus</c>; the
/// Object Store service the generic <c>numericValue</c>, <c>stringValue</c> and <c>boolValue</c>;
/// the connectors service <c>mobiusFlowConnector</c>; the EnOcean service one profile per EEP (or
/// EEP family) of the EnOcean catalog; the WorkOcc service one profile per sensor kind.
/// To add a service's profiles, name them on its line below.
/// </summary>
public sealed class ProfileCatalog
{
    private readonly Dictionary<string, Dictionary<string, ObjectProfile>> profilesBySid;

    public ProfileCatalog(IOptions<ServiceIdsOptions> options)
    {
        var services = options.Value;
        profilesBySid = new(StringComparer.Ordinal)
        {
            [services.ObjectStore] = ByPid(GenericValueProfiles.All),
            [services.Connectors] = ByPid([ConnectorProfile.Profile]),
            [services.EnOceanDevices] = ByPid(EnOceanProfiles.All),
            [services.WorkOccDevices] = ByPid(WorkOccProfiles.All),
        };
        Services = services;
    }

    public ServiceIdsOptions Services { get; }

    public bool HasService(string sid) => profilesBySid.ContainsKey(sid);

    public ObjectProfile? Find(string sid, string pid) =>
        profilesBySid.TryGetValue(sid, out var profiles) ? profiles.GetValueOrDefault(pid) : null;

    /// <summary>The profiles of service <paramref name="sid"/>, by PID.</summary>
    public IEnumerable<ObjectProfile> ProfilesOf(string sid) =>
        profilesBySid.TryGetValue(sid, out var profiles) ? profiles.Values.OrderBy(profile => profile.Pid, StringComparer.Ordinal) : [];

    /// <summary>Every profile once, by PID, with the services that hold it.</summary>
    public IEnumerable<(ObjectProfile Profile, IReadOnlyList<string> Sids)> All =>
        profilesBySid
            .SelectMany(service => service.Value.Values.Select(profile => (Sid: service.Key, Profile: profile)))
            .GroupBy(entry => entry.Profile.Pid, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.First().Profile, (IReadOnlyList<string>)[.. group.Select(entry => entry.Sid).Order(StringComparer.Ordinal)]));

    /// <summary>Whether clients may create objects of this profile: every profile but the services' own <c>serviceStatus</c>.</summary>
    public static bool IsCreatable(ObjectProfile profile) => profile.Pid != ServiceStatusProfile.Pid;

    private static Dictionary<string, ObjectProfile> ByPid(IEnumerable<ObjectProfile> profiles) =>
        profiles.Append(ServiceStatusProfile.Profile).ToDictionary(profile => profile.Pid, StringComparer.Ordinal);
}

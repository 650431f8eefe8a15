using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Profiles;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary>
/// Which object profiles each service holds, by PID: every service its <c>serviceStatus</c>,
/// the connectors service <c>mobiusFlowConnector</c>, the EnOcean service one profile per EEP
/// (or EEP family) of the EnOcean catalog.
/// </summary>
public sealed class ProfileCatalog
{
    private readonly Dictionary<string, Dictionary<string, ObjectProfile>> profilesBySid;

    public ProfileCatalog(IOptions<ServiceIdsOptions> options)
    {
        var services = options.Value;
        profilesBySid = new(StringComparer.Ordinal)
        {
            [services.ObjectStore] = ByPid([]),
            [services.Connectors] = ByPid([ConnectorProfile.Profile]),
            [services.EnOceanDevices] = ByPid(EnOceanProfiles.All),
            [services.WorkOccDevices] = ByPid([]),
        };
        Services = services;
    }

    public ServiceIdsOptions Services { get; }

    public bool HasService(string sid) => profilesBySid.ContainsKey(sid);

    public ObjectProfile? Find(string sid, string pid) =>
        profilesBySid.TryGetValue(sid, out var profiles) ? profiles.GetValueOrDefault(pid) : null;

    private static Dictionary<string, ObjectProfile> ByPid(IEnumerable<ObjectProfile> profiles) =>
        profiles.Append(ServiceStatusProfile.Profile).ToDictionary(profile => profile.Pid, StringComparer.Ordinal);
}

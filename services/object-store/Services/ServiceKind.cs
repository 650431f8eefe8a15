using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// The four kinds of service this store keeps objects for, with their default names and service
/// profile ids (<c>spid</c>, this project's own numbering: <c>0</c> and the default SID).
/// </summary>
public sealed record ServiceKind(string Sid, string Spid, string DefaultName)
{
    public static IReadOnlyList<ServiceKind> All(ServiceIdsOptions services) =>
    [
        new(services.ObjectStore, "0020", "Object Store"),
        new(services.Connectors, "0021", "MobiusFlow Connectors"),
        new(services.EnOceanDevices, "0022", "EnOcean Devices"),
        new(services.WorkOccDevices, "0023", "WorkPlace Occupancy Devices"),
    ];
}

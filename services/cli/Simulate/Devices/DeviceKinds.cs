using Mobius.Micro.Cli.Simulate.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>
/// The kinds of device a simulated site mixes: every EEP of the EnOcean catalog as it is at run time
/// that a device sends by itself, and the WorkOcc sensors. A few everyday kinds lead the order, so
/// that even a small site has temperature, humidity, rocker and contact sensors and WorkOcc sensors.
/// </summary>
public static class DeviceKinds
{
    private static readonly string[] EverydayEeps = ["A5-02-05", "A5-04-01", "F6-02-01", "D5-00-01"];

    /// <summary>The EnOcean kinds, everyday EEPs first, then the rest of the catalog in its order.</summary>
    public static IReadOnlyList<DeviceKind> EnOcean { get; } =
    [
        .. EepCatalog.All
            .Where(EepSimulation.CanSimulate)
            .OrderBy(definition => Array.IndexOf(EverydayEeps, definition.Eep) is var rank and >= 0 ? rank : EverydayEeps.Length)
            .Select(definition => new EnOceanDeviceKind(definition)),
    ];

    public static IReadOnlyList<DeviceKind> WorkOcc { get; } = [.. WorkOccSensorProfiles.All.Select(profile => new WorkOccDeviceKind(profile))];

    /// <summary>The everyday EnOcean kinds, which every object store of the project offers.</summary>
    public static IReadOnlyList<DeviceKind> Everyday { get; } = [.. EnOcean.Where(kind => EverydayEeps.Contains(kind.Name))];

    /// <summary>The order kinds are dealt to devices: the everyday EnOcean kinds, the WorkOcc sensors, then every other EEP.</summary>
    public static IReadOnlyList<DeviceKind> Mix { get; } = [.. Everyday, .. WorkOcc, .. EnOcean.Skip(Everyday.Count)];

    /// <summary>The everyday kind a device with <paramref name="id"/> becomes when the object store refuses its own kind.</summary>
    public static DeviceKind StandIn(uint id) => Everyday[(int)(id % (uint)Everyday.Count)];
}

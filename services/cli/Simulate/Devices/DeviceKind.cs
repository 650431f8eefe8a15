using Mobius.Micro.Cli.Simulate.WorkOcc;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>What kind of sensor a simulated device is: an EnOcean device of one EEP, or a WorkOcc sensor.</summary>
public abstract record DeviceKind
{
    private protected DeviceKind()
    {
    }

    /// <summary>For notes and JSON lines, e.g. <c>A5-04-01</c> or <c>workocc desk occupancy</c>.</summary>
    public abstract string Name { get; }
}

/// <summary>An EnOcean device sending telegrams of one EEP of the catalog.</summary>
public sealed record EnOceanDeviceKind(EepDefinition Definition) : DeviceKind
{
    public override string Name => Definition.Eep;
}

/// <summary>A WorkOcc sensor of one kind, with its object profile from the WorkOcc library's published table.</summary>
public sealed record WorkOccDeviceKind(WorkOccSensorProfile Profile) : DeviceKind
{
    public override string Name => Profile.Kind.ToName();
}

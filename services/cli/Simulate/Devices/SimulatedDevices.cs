using Mobius.Micro.Cli.Simulate.EnOcean;
using Mobius.Micro.Cli.Simulate.WorkOcc;

namespace Mobius.Micro.Cli.Simulate.Devices;

/// <summary>Makes the simulated device a <see cref="DeviceSpec"/> describes.</summary>
public static class SimulatedDevices
{
    public static ISimulatedDevice Create(DeviceSpec spec, Random random) => spec.Kind switch
    {
        EnOceanDeviceKind enOcean => new EnOceanDevice(enOcean.Definition, spec.Id, EepBehaviours.For(enOcean.Definition, random)),
        WorkOccDeviceKind workOcc => WorkOccSensors.Create(workOcc.Profile.Kind, spec.Id, random),
        _ => throw new ArgumentException($"No simulation for {spec.Kind.Name}.", nameof(spec)),
    };
}

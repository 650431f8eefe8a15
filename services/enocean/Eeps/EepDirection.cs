namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// Which way a telegram travels, for EEPs whose layout depends on it (A5-20 valves, A5-11-05,
/// D2-A0): the EEP specification's direction 1 is from the device, direction 2 is to the device.
/// </summary>
public enum EepDirection
{
    /// <summary>Direction 1: sent by the device (an actuator's status, a sensor's reading).</summary>
    FromDevice = 1,

    /// <summary>Direction 2: sent to the device (a controller's command).</summary>
    ToDevice = 2,
}

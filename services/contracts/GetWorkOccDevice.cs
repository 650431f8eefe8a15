namespace Mobius.Micro.Contracts;

/// <summary>Request from the WorkOcc decoder to the object store: which object is this sensor? Answered with <see cref="WorkOccDeviceRegistration"/>.</summary>
public sealed record GetWorkOccDevice
{
    public required string Hid { get; init; }

    /// <summary>Sensor UID, 8 upper-case hex digits.</summary>
    public required string Uid { get; init; }
}

/// <summary>The WorkOcc device object (service <c>023</c>) whose uid (RID <c>0B</c>) is the sensor's UID, if any.</summary>
public sealed record WorkOccDeviceRegistration
{
    public required string Uid { get; init; }
    public required bool Found { get; init; }

    /// <summary>Object URI, <c>HID/SID/PID/INS</c>.</summary>
    public string? ObjectUri { get; init; }

    /// <summary>The object's PID, which names its profile (desk occupancy, people counter, environment).</summary>
    public string? Pid { get; init; }
}

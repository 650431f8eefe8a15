namespace Mobius.Micro.Contracts;

/// <summary>Request from the EnOcean decoder to the object store: which object is this sender? Answered with <see cref="EnOceanDeviceRegistration"/>.</summary>
public sealed record GetEnOceanDevice
{
    public required string Hid { get; init; }

    /// <summary>Sender id, 8 upper-case hex digits.</summary>
    public required string SenderId { get; init; }
}

/// <summary>The EnOcean device object registered for a sender id, if any.</summary>
public sealed record EnOceanDeviceRegistration
{
    public required string SenderId { get; init; }
    public required bool Found { get; init; }
    public string? ObjectUri { get; init; }

    /// <summary>The device's EEP, <c>RR-FF-TT</c>.</summary>
    public string? Eep { get; init; }
}

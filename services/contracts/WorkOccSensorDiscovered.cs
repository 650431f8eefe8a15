namespace Mobius.Micro.Contracts;

/// <summary>
/// The WorkOcc decoder heard a valid frame from a sensor that has no device object. Published at
/// most once per sensor per announcement interval, whether or not auto-provisioning asked for an object.
/// </summary>
public sealed record WorkOccSensorDiscovered
{
    public required string Hid { get; init; }

    /// <summary>Sensor UID, 8 upper-case hex digits.</summary>
    public required string Uid { get; init; }

    /// <summary>The kind its frame revealed (<c>deskOccupancy</c>, <c>peopleCounter</c>, <c>environment</c>); <see langword="null"/> for a health frame, which every kind sends.</summary>
    public string? SensorType { get; init; }

    /// <summary>The PID of that kind's profile, when known.</summary>
    public string? Pid { get; init; }

    /// <summary>The message type of the frame heard: <c>occupancy</c>, <c>heartbeat</c>, <c>peopleCount</c>, <c>environment</c>, <c>health</c>.</summary>
    public required string MessageType { get; init; }

    public required string ConnectorSerial { get; init; }
    public required string ConnectorUri { get; init; }
    public int? Rssi { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>An <see cref="ObjectProvisioningRequested"/> was published for it (auto-provisioning on and the kind known).</summary>
    public required bool ProvisioningRequested { get; init; }
}

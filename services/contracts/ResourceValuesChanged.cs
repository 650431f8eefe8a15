namespace Mobius.Micro.Contracts;

/// <summary>
/// Resources whose stored state changed, published by the object store replica that wrote them so
/// that every other replica can send change-of-value events to its own websocket subscribers.
/// Each replica consumes it on a temporary queue of its own and ignores its own messages (it has
/// delivered those in process already). Write-only values (PSKs) are masked before publishing.
/// </summary>
public sealed record ResourceValuesChanged
{
    /// <summary>The instance id of the replica that wrote the changes.</summary>
    public required string Origin { get; init; }

    public required IReadOnlyList<ChangedResource> Resources { get; init; }
}

/// <summary>One changed resource: its URI, its 16-slot priority array and its settings overrides, as the object store stores them (JSON).</summary>
public sealed record ChangedResource
{
    /// <summary>Resource URI, <c>HID/SID/PID/INS/RID</c>.</summary>
    public required string Uri { get; init; }

    /// <summary>The priority array as a JSON array of 16 slots, slot 1 first.</summary>
    public required string PrarJson { get; init; }

    /// <summary>The object's settings overrides for the resource as a JSON object, or null when it has none.</summary>
    public string? SettingsJson { get; init; }
}

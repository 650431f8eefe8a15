namespace Mobius.Micro.Contracts;

/// <summary>
/// A decoder heard a device that has no object yet and auto-provisioning is on (an EnOcean
/// teach-in, a WorkOcc sensor of a known kind): the object store creates the object at the next
/// free instance, unless an object with the same unique identity (RID <c>0B</c>) already exists in
/// that service. Idempotent, so redeliveries and several decoders asking at once are harmless.
/// </summary>
public sealed record ObjectProvisioningRequested
{
    public required string Hid { get; init; }
    public required string Sid { get; init; }
    public required string Pid { get; init; }

    /// <summary>Configuration resources to set at creation, as a create request's body would (e.g. <c>0A</c> eep, <c>0B</c> uid).</summary>
    public required IReadOnlyList<ReportedValue> Configuration { get; init; }

    /// <summary>Why, for the log and the object's description: <c>teach-in</c>, <c>auto-provision</c>.</summary>
    public required string Reason { get; init; }
}

namespace Mobius.Micro.Contracts;

/// <summary>
/// A connector's verified <c>ack</c> for a downlink. Published by whichever gateway replica received
/// the ack and consumed by every replica, so the one waiting for it can answer its request.
/// </summary>
public sealed record DownlinkAcknowledged
{
    public required string DownlinkId { get; init; }
    public required string Serial { get; init; }
    public required bool Ok { get; init; }
    public string? Error { get; init; }
}

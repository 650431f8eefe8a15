namespace Mobius.Micro.Contracts;

/// <summary>
/// The readings a decoder got from one batch of raw telegrams, published as one bus message; each
/// report carries its own telegram's <see cref="ObjectValuesReported.TraceParent"/>. The object store
/// writes them as it writes single reports.
/// </summary>
public sealed record ObjectValuesReportedBatch
{
    /// <summary>The reports in the order their telegrams were decoded; never empty.</summary>
    public required IReadOnlyList<ObjectValuesReported> Reports { get; init; }
}

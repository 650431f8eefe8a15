namespace Mobius.Micro.Contracts;

/// <summary>
/// Values a service measured for one object; the object store writes each at priority 15
/// and sets the object's <c>objectLastUpdated</c>.
/// </summary>
public sealed record ObjectValuesReported
{
    /// <summary>Object URI, <c>HID/SID/PID/INS</c>.</summary>
    public required string ObjectUri { get; init; }

    /// <summary>When the values were observed (the telegram's receive time).</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    public required IReadOnlyList<ReportedValue> Values { get; init; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the span that produced the report (a decoder's <c>decode</c>) when it
    /// travels in an <see cref="ObjectValuesReportedBatch"/>, which mixes many telegrams' traces; a single
    /// report's context travels in its message headers instead.
    /// </summary>
    public string? TraceParent { get; init; }
}

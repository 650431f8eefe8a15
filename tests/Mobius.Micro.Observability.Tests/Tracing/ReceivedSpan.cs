namespace Mobius.Micro.Observability.Tests.Tracing;

/// <summary>One span as a service exported it over OTLP; ids in lower-case hex, no parent: "".</summary>
public sealed record ReceivedSpan(
    string Service,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    IReadOnlyDictionary<string, string> Attributes);

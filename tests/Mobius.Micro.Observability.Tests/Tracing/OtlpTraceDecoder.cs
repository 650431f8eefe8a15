using Google.Protobuf;

namespace Mobius.Micro.Observability.Tests.Tracing;

/// <summary>
/// Reads the spans out of an OTLP/HTTP <c>ExportTraceServiceRequest</c> (protobuf), taking only the
/// fields the tests look at and skipping the rest. Field numbers from opentelemetry-proto:
/// request.resource_spans = 1; ResourceSpans.resource = 1, .scope_spans = 2; Resource.attributes = 1;
/// ScopeSpans.spans = 2; Span.trace_id = 1, .span_id = 2, .parent_span_id = 4, .name = 5,
/// .attributes = 9; KeyValue.key = 1, .value = 2; AnyValue.string_value = 1.
/// </summary>
public static class OtlpTraceDecoder
{
    public static List<ReceivedSpan> Decode(byte[] request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var resourceSpans in Repeated(ByteString.CopyFrom(request), 1))
        {
            var resource = Repeated(resourceSpans, 1).FirstOrDefault() ?? ByteString.Empty;
            var service = Attributes(resource, 1).GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in Repeated(resourceSpans, 2))
            {
                spans.AddRange(Repeated(scopeSpans, 2).Select(span => Span(service, span)));
            }
        }

        return spans;
    }

    private static ReceivedSpan Span(string service, ByteString span) => new(
        service,
        Hex(Repeated(span, 1)),
        Hex(Repeated(span, 2)),
        Hex(Repeated(span, 4)),
        Repeated(span, 5).FirstOrDefault()?.ToStringUtf8() ?? "",
        Attributes(span, 9));

    private static Dictionary<string, string> Attributes(ByteString message, int field) =>
        Repeated(message, field)
            .Select(keyValue => (Key: Repeated(keyValue, 1).Single().ToStringUtf8(), Value: Repeated(keyValue, 2).FirstOrDefault()))
            .ToDictionary(
                attribute => attribute.Key,
                attribute => attribute.Value is null ? "" : Repeated(attribute.Value, 1).FirstOrDefault()?.ToStringUtf8() ?? "");

    /// <summary>Every occurrence of a length-delimited field of <paramref name="message"/>.</summary>
    private static List<ByteString> Repeated(ByteString message, int field)
    {
        var found = new List<ByteString>();
        var input = message.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                found.Add(input.ReadBytes());
            }
            else
            {
                input.SkipLastField();
            }
        }

        return found;
    }

    private static string Hex(List<ByteString> value) =>
        value.Count == 0 ? "" : Convert.ToHexStringLower(value[0].Span);
}

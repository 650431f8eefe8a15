using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace Mobius.Micro.Observability.Tests.Dashboards;

/// <summary>
/// The names an OpenTelemetry instrument gets in Prometheus, as the collector's Prometheus exporter
/// writes them (suffixes on, its default): dots to underscores, the unit as a suffix (<c>s</c> →
/// <c>_seconds</c>; annotations such as <c>{telegram}</c> dropped), <c>_total</c> on counters, and a
/// histogram's <c>_bucket</c>, <c>_sum</c> and <c>_count</c>.
/// </summary>
public static partial class PrometheusNames
{
    public static IEnumerable<string> Of(string name, string? unit, Type kind)
    {
        var baseName = InvalidCharacters().Replace(name, "_");
        if (UnitSuffix(unit) is { Length: > 0 } suffix && !baseName.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            baseName += "_" + suffix;
        }

        if (kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>))
        {
            return [baseName + "_total"];
        }

        return kind == typeof(Histogram<>)
            ? [baseName + "_bucket", baseName + "_sum", baseName + "_count"]
            : [baseName];
    }

    private static string UnitSuffix(string? unit) => unit switch
    {
        null or "" or "1" => "",
        _ when unit.StartsWith('{') => "",
        "s" => "seconds",
        "ms" => "milliseconds",
        "By" => "bytes",
        _ => InvalidCharacters().Replace(unit, "_").ToLowerInvariant(),
    };

    [GeneratedRegex("[^a-zA-Z0-9_:]")]
    private static partial Regex InvalidCharacters();
}

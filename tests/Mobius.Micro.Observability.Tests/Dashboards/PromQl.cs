using System.Text.RegularExpressions;

namespace Mobius.Micro.Observability.Tests.Dashboards;

/// <summary>The metric names a PromQL expression reads: what is left once label matchers, ranges, grouping clauses, strings, Grafana variables, functions and keywords are taken out.</summary>
public static partial class PromQl
{
    private static readonly HashSet<string> FunctionsAndKeywords =
    [
        "sum", "min", "max", "avg", "count", "topk", "bottomk", "quantile", "stddev", "group",
        "rate", "irate", "increase", "delta", "deriv", "changes", "resets", "histogram_quantile",
        "time", "timestamp", "vector", "scalar", "abs", "clamp_min", "clamp_max", "absent", "sort", "sort_desc",
        "max_over_time", "min_over_time", "avg_over_time", "last_over_time", "count_over_time", "label_replace",
        "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "offset", "bool", "inf", "nan",
    ];

    public static IEnumerable<string> MetricNames(string expression)
    {
        var stripped = Strings().Replace(expression, " ");
        stripped = LabelMatchers().Replace(stripped, " ");
        stripped = Ranges().Replace(stripped, " ");
        stripped = Grouping().Replace(stripped, " ");
        stripped = Variables().Replace(stripped, " ");
        return Identifiers().Matches(stripped)
            .Select(match => match.Value)
            .Where(name => !FunctionsAndKeywords.Contains(name.ToLowerInvariant()))
            .Distinct();
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\$\{?\w+\}?")]
    private static partial Regex Variables();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifiers();
}

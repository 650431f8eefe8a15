using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mobius.Micro.Observability.Tests.Dashboards;

/// <summary>
/// The Grafana dashboards and alert rules in compose/grafana cannot drift from the services: they
/// are well-formed, use only provisioned data sources, and every metric they query is one a service
/// defines (under the name Prometheus gives it) or one of the few RabbitMQ plugin metrics named here.
/// </summary>
public sealed partial class DashboardTests
{
    /// <summary>Not ours: the rabbitmq_prometheus plugin's, scraped from RabbitMQ itself.</summary>
    private static readonly HashSet<string> RabbitMqPluginMetrics = ["rabbitmq_queue_messages_ready", "rabbitmq_queue_messages_unacked"];

    private static readonly string Grafana = Path.Combine(ServiceInstruments.RepositoryRoot(), "compose", "grafana");

    public static TheoryData<string> Dashboards() =>
        [.. Directory.GetFiles(Path.Combine(Grafana, "dashboards"), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void A_dashboard_is_well_formed_and_uses_provisioned_data_sources_only(string file)
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(Grafana, "dashboards", file)));
        var root = dashboard.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("uid").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        var panels = root.GetProperty("panels").EnumerateArray().ToList();
        Assert.NotEmpty(panels);

        var provisioned = DataSourceUids();
        foreach (var panel in panels)
        {
            var title = panel.GetProperty("title").GetString();
            Assert.Contains(panel.GetProperty("datasource").GetProperty("uid").GetString() ?? "", provisioned);
            Assert.All(panel.GetProperty("targets").EnumerateArray(), target =>
                Assert.False(string.IsNullOrWhiteSpace(target.GetProperty("expr").GetString()), $"panel '{title}' has a target without a query"));
        }

        Assert.Equal(panels.Count, panels.Select(panel => panel.GetProperty("id").GetInt32()).Distinct().Count());
    }

    [Fact]
    public void Every_metric_the_dashboards_and_alert_rules_query_is_defined_by_a_service()
    {
        var defined = ServiceInstruments.All()
            .SelectMany(instrument => PrometheusNames.Of(instrument.Name, instrument.Unit, instrument.Kind))
            .ToHashSet();
        Assert.Contains("mobius_gateway_telegrams_accepted_total", defined);

        var queries = DashboardQueries().Concat(AlertRuleQueries()).ToList();
        Assert.NotEmpty(queries);
        var undefined = queries
            .SelectMany(query => PromQl.MetricNames(query.Expression).Select(metric => (query.Where, Metric: metric)))
            .Where(use => !defined.Contains(use.Metric) && !RabbitMqPluginMetrics.Contains(use.Metric))
            .Select(use => $"{use.Where}: {use.Metric}")
            .ToList();
        Assert.True(undefined.Count == 0, "metrics no service defines:\n" + string.Join("\n", undefined));
    }

    [Fact]
    public void The_metric_names_of_a_query_are_what_is_left_of_it_without_functions_labels_and_ranges()
    {
        var names = PromQl.MetricNames(
            """histogram_quantile(0.99, sum by (le) (rate(mobius_latency_seconds_bucket{job="a b", le!="x"}[$__rate_interval]))) / on (job) group_left max(up) * 1000""");

        Assert.Equal(["mobius_latency_seconds_bucket", "up"], names.Order());
    }

    private static IEnumerable<(string Where, string Expression)> DashboardQueries() =>
        from file in Directory.GetFiles(Path.Combine(Grafana, "dashboards"), "*.json")
        let dashboard = JsonDocument.Parse(File.ReadAllText(file)).RootElement
        from panel in dashboard.GetProperty("panels").EnumerateArray()
        from target in panel.GetProperty("targets").EnumerateArray()
        select ($"{Path.GetFileName(file)} '{panel.GetProperty("title").GetString()}'", target.GetProperty("expr").GetString()!);

    private static IEnumerable<(string Where, string Expression)> AlertRuleQueries() =>
        from file in Directory.GetFiles(Path.Combine(Grafana, "provisioning", "alerting"), "*.yml")
        from match in YamlExpr().Matches(File.ReadAllText(file))
        select (Path.GetFileName(file), match.Groups[1].Value.Trim());

    private static HashSet<string> DataSourceUids() =>
        [.. YamlUid().Matches(File.ReadAllText(Path.Combine(Grafana, "provisioning", "datasources", "datasources.yml"))).Select(match => match.Groups[1].Value)];

    [GeneratedRegex(@"^\s*expr:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex YamlExpr();

    [GeneratedRegex(@"^\s*uid:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex YamlUid();
}

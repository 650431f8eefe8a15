namespace Mobius.Micro.Deployment.Tests;

/// <summary>compose/docker-compose.yml as the compose CLI reads it (scripts/compose/check.sh: <c>config</c>, offline, no engine).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task The_compose_file_is_valid_with_the_example_settings_and_has_the_whole_stack()
    {
        var (exitCode, output) = await Repository.RunScriptAsync("scripts/compose/check.sh", "--services");

        Assert.True(exitCode == 0, $"compose config failed ({exitCode}):\n{output}");
        var services = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Superset(
            new HashSet<string>(["mosquitto", "rabbitmq", "redis", "postgres", "object-store", "enocean-decoder", "workocc-decoder",
                "connector-gateway", "simulator", "otel-collector", "jaeger", "prometheus", "grafana"]),
            services.ToHashSet());
    }

    [Fact]
    public async Task The_compose_file_refuses_to_start_without_its_secrets()
    {
        var emptySettings = Path.GetTempFileName();
        var (exitCode, output) = await Repository.RunScriptAsync(
            "scripts/compose/check.sh", new Dictionary<string, string> { ["COMPOSE_ENV_FILE"] = emptySettings }, "--services");
        File.Delete(emptySettings);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("in compose/.env", output, StringComparison.Ordinal);
    }
}

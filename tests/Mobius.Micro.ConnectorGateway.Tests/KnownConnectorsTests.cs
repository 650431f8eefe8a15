using Mobius.Micro.ConnectorGateway.Telemetry;

namespace Mobius.Micro.ConnectorGateway.Tests;

/// <summary>The per-connector series behind the connectors panel and the offline alert.</summary>
public sealed class KnownConnectorsTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_connector_missing_from_a_sweep_is_offline_and_keeps_when_it_was_last_heard()
    {
        var connectors = new KnownConnectors();
        connectors.Swept(new Dictionary<string, DateTimeOffset> { ["MF_000001"] = Noon, ["MF_000002"] = Noon.AddSeconds(5) });

        connectors.Swept(new Dictionary<string, DateTimeOffset> { ["MF_000002"] = Noon.AddSeconds(30) });

        Assert.Equal(
            [("MF_000001", false, Noon), ("MF_000002", true, Noon.AddSeconds(30))],
            connectors.All().OrderBy(connector => connector.Serial));
    }

    [Fact]
    public void A_connector_that_comes_back_is_online_again_with_its_new_time()
    {
        var connectors = new KnownConnectors();
        connectors.Swept(new Dictionary<string, DateTimeOffset> { ["MF_000001"] = Noon });
        connectors.Swept(new Dictionary<string, DateTimeOffset>());

        connectors.Swept(new Dictionary<string, DateTimeOffset> { ["MF_000001"] = Noon.AddMinutes(10) });

        Assert.Equal([("MF_000001", true, Noon.AddMinutes(10))], connectors.All());
    }

    [Fact]
    public void A_connector_never_seen_online_has_no_series()
    {
        var connectors = new KnownConnectors();

        connectors.Swept(new Dictionary<string, DateTimeOffset>());

        Assert.Empty(connectors.All());
    }
}

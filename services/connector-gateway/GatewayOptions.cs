using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ConnectorGateway;

/// <summary>How the gateway verifies and relays connector messages. Bound from the <c>Gateway</c> section.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Largest accepted difference between a message's <c>iat</c> and the gateway's clock.</summary>
    [Range(1, 86400)]
    public int FreshnessWindowSeconds { get; set; } = 300;

    /// <summary>How long a connector registration (PSK, enabled) fetched from the object store is trusted.</summary>
    [Range(1, 3600)]
    public int RegistrationCacheSeconds { get; set; } = 5;

    /// <summary>
    /// Messages the gateway holds unacknowledged at most: its inbound queue, and the MQTT v5 receive
    /// maximum it announces, so the broker keeps the rest (MQTT caps it at 65,535).
    /// </summary>
    [Range(1, 65_535)]
    public int InboundQueueCapacity { get; set; } = 10_000;

    /// <summary>Raw telegrams being published to the bus (awaiting the broker's confirm) at most at once.</summary>
    [Range(1, 100_000)]
    public int MaxPublishesInFlight { get; set; } = 1_000;

    /// <summary>Batches of raw telegrams awaiting the broker's confirm at most at once; telegrams arriving meanwhile join the next batch.</summary>
    [Range(1, 64)]
    public int MaxBatchesInFlight { get; set; } = 2;

    /// <summary>Most telegrams in one batch (one bus message per radio module in it).</summary>
    [Range(1, 1_000)]
    public int MaxTelegramsPerBatch { get; set; } = 100;

    /// <summary>How often connectors send a heartbeat <c>status</c>; three intervals of silence take a connector offline.</summary>
    [Range(1, 86400)]
    public int HeartbeatIntervalSeconds { get; set; } = 60;

    /// <summary>How often counters and last sender UIDs are copied onto the connector objects.</summary>
    [Range(1, 3600)]
    public int LiveStatusReportSeconds { get; set; } = 5;

    /// <summary>How long a downlink waits for the connector's <c>ack</c>.</summary>
    [Range(1, 300)]
    public int DownlinkAckTimeoutSeconds { get; set; } = 10;

    /// <summary>Prefix of every Redis key the gateway writes, so deployments can share one Redis.</summary>
    [Required]
    public string RedisKeyPrefix { get; set; } = "mobius:";
}

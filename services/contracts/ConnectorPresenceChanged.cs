namespace Mobius.Micro.Contracts;

/// <summary>A connector came online: it connected (retained <c>status</c> online:true) or spoke again after being offline.</summary>
public sealed record ConnectorConnected
{
    public required string Serial { get; init; }
    public required string ConnectorUri { get; init; }
    public required DateTimeOffset At { get; init; }
}

/// <summary>A connector went offline; <see cref="Reason"/> is one of <see cref="DisconnectReasons"/>.</summary>
public sealed record ConnectorDisconnected
{
    public required string Serial { get; init; }
    public required string ConnectorUri { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Reason { get; init; }
}

/// <summary>Why a connector is considered offline.</summary>
public static class DisconnectReasons
{
    /// <summary>Its MQTT last will (or a signed <c>status</c> with online:false) arrived.</summary>
    public const string LastWill = "last_will";

    /// <summary>Nothing arrived from it for three heartbeat intervals.</summary>
    public const string HeartbeatTimeout = "heartbeat_timeout";
}

namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>A <c>status</c> message: on connect, every heartbeat, and (with <c>online:false</c>) the last will.</summary>
public sealed record StatusClaims : ConnectorMessageClaims
{
    public override MessageKind Kind => MessageKind.Status;

    /// <summary><c>online</c>: true on connect and in heartbeats, false in the last will.</summary>
    public required bool Online { get; init; }

    /// <summary><c>fw</c>: firmware version.</summary>
    public string? Firmware { get; init; }

    /// <summary><c>part</c>: part number, e.g. <c>EXT00112</c>.</summary>
    public string? PartNumber { get; init; }

    /// <summary><c>chip</c>: EnOcean chip id.</summary>
    public string? ChipId { get; init; }

    /// <summary><c>modules</c>: installed modules in slot order, e.g. <c>["WorkOcc","EnOcean"]</c>.</summary>
    public IReadOnlyList<string>? Modules { get; init; }

    /// <summary><c>ip</c>.</summary>
    public string? IpAddress { get; init; }

    /// <summary><c>mask</c>.</summary>
    public string? SubnetMask { get; init; }

    /// <summary><c>dns</c>.</summary>
    public string? Dns { get; init; }

    /// <summary><c>gw</c>: the network gateway.</summary>
    public string? NetworkGateway { get; init; }

    /// <summary><c>macAddr</c>.</summary>
    public string? MacAddress { get; init; }

    /// <summary><c>ssid</c>.</summary>
    public string? Ssid { get; init; }

    /// <summary><c>bssid</c>.</summary>
    public string? Bssid { get; init; }

    /// <summary><c>wifiRssi</c>: Wi-Fi signal in dBm.</summary>
    public int? WifiRssi { get; init; }

    /// <summary><c>uptime</c>: seconds since boot.</summary>
    public long? UptimeSeconds { get; init; }
}

namespace Mobius.Micro.ConnectorProtocol;

/// <summary>The four connector message kinds: the last topic level and the <c>typ</c> claim.</summary>
public enum MessageKind
{
    /// <summary><c>up</c>: one radio telegram, connector → gateway.</summary>
    Up,

    /// <summary><c>status</c>: status, heartbeat and last will, connector → gateway.</summary>
    Status,

    /// <summary><c>down</c>: one telegram to transmit, gateway → connector.</summary>
    Down,

    /// <summary><c>ack</c>: result of a downlink, connector → gateway.</summary>
    Ack,
}

namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>Why a simulated connector sends a message.</summary>
public enum MessageRole
{
    /// <summary>An <c>up</c> message: one telegram (or, misbehaving, garbage or a replay).</summary>
    Up,

    /// <summary>The retained <c>status</c> with <c>online:true</c> right after connecting.</summary>
    Online,

    /// <summary>A retained <c>status</c> every heartbeat interval.</summary>
    Heartbeat,

    /// <summary>The <c>status</c> with <c>online:false</c> signed at connect: the MQTT last will.</summary>
    LastWill,
}

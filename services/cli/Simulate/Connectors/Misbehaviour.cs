namespace Mobius.Micro.Cli.Simulate.Connectors;

/// <summary>How an <c>up</c> message breaks the connector protocol on purpose, for tests and demos of the gateway's rejections.</summary>
public enum Misbehaviour
{
    /// <summary>A correct message.</summary>
    None,

    /// <summary>Signed with a key that is not the connector's PSK: the gateway answers <c>bad_signature</c>.</summary>
    WrongPsk,

    /// <summary>A byte-for-byte copy of an earlier correct message: <c>replay</c> (or a silent duplicate within the last 64).</summary>
    Replay,

    /// <summary><c>iat</c> ten minutes in the past: <c>stale</c>.</summary>
    Stale,

    /// <summary>Random bytes instead of a signed message: <c>malformed</c>.</summary>
    Malformed,

    /// <summary>A correctly signed message whose telegram has a corrupted CRC: <c>bad_payload</c>.</summary>
    BadCrc,
}

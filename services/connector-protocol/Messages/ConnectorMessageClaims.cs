namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>
/// The claims every connector message carries (<c>sn</c>, <c>typ</c>, <c>boot</c>, <c>seq</c>, <c>iat</c>).
/// One subtype per <see cref="MessageKind"/>; used to sign messages and returned by verification.
/// </summary>
public abstract record ConnectorMessageClaims
{
    private protected ConnectorMessageClaims()
    {
    }

    /// <summary><c>sn</c>: the sender's serial; equals the serial in the topic.</summary>
    public required ConnectorSerial Serial { get; init; }

    /// <summary><c>typ</c>: equals the last level of the topic.</summary>
    public abstract MessageKind Kind { get; }

    /// <summary><c>boot</c>: random id chosen at each connector boot, 8..32 characters.</summary>
    public required string Boot { get; init; }

    /// <summary><c>seq</c>: message counter, 1 at each boot, +1 per message sent.</summary>
    public required long Sequence { get; init; }

    /// <summary><c>iat</c>: send time, carried as whole Unix seconds (a fraction is dropped when signing).</summary>
    public required DateTimeOffset IssuedAt { get; init; }
}

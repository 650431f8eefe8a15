using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>
/// A connector message that is well-formed (rule 2) but not yet verified: nothing in it may be
/// trusted or logged. Made by <see cref="ConnectorMessageVerifier.TryReadToken"/>, consumed by
/// <see cref="ConnectorMessageVerifier.VerifyAsync"/>.
/// </summary>
public sealed class ConnectorToken
{
    internal ConnectorToken(JsonWebToken jws, JsonElement claims, string serial, string kind, string boot, long sequence, long issuedAtUnixSeconds)
    {
        Jws = jws;
        Claims = claims;
        Serial = serial;
        Kind = kind;
        Boot = boot;
        Sequence = sequence;
        IssuedAtUnixSeconds = issuedAtUnixSeconds;
    }

    internal JsonWebToken Jws { get; }

    /// <summary>The whole claim set, for the kind-specific claims.</summary>
    internal JsonElement Claims { get; }

    /// <summary><c>sn</c> as sent; not necessarily a serial.</summary>
    internal string Serial { get; }

    /// <summary><c>typ</c> as sent; not necessarily a known kind.</summary>
    internal string Kind { get; }

    internal string Boot { get; }

    internal long Sequence { get; }

    internal long IssuedAtUnixSeconds { get; }

    internal DateTimeOffset IssuedAt => DateTimeOffset.FromUnixTimeSeconds(IssuedAtUnixSeconds);
}

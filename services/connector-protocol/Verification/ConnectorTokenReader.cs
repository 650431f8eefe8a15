using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>
/// Rule 2: the payload is a compact JWS of at most 4 KiB whose header says exactly <c>HS256</c>, and whose
/// claims are a JSON object (no duplicate names) with the common claims present and well-typed:
/// <c>sn</c>, <c>typ</c> strings, <c>boot</c> a string of 8..32 characters, <c>seq</c> an integer ≥ 1,
/// <c>iat</c> an integer number of Unix seconds. Anything else is <see cref="RejectionReason.Malformed"/>.
/// </summary>
internal static class ConnectorTokenReader
{
    private const int MinBootLength = 8;
    private const int MaxBootLength = 32;

    private static readonly long MinIssuedAt = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxIssuedAt = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    public static bool TryRead(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out ConnectorToken? token)
    {
        token = null;
        if (!CompactJwsShape.TryGetClaimsSegment(payload, out Range claimsSegment))
        {
            return false;
        }

        try
        {
            // The shape check let only ASCII through, so ASCII decoding is exact.
            var jws = new JsonWebToken(Encoding.ASCII.GetString(payload));
            if (!string.Equals(jws.Alg, SecurityAlgorithms.HmacSha256, StringComparison.Ordinal))
            {
                return false;
            }

            using JsonDocument document = JsonDocument.Parse(Base64Url.DecodeFromUtf8(payload[claimsSegment]), StrictJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && TryReadCommonClaims(jws, document.RootElement.Clone(), out token);
        }
        catch (Exception malformed) when (malformed is ArgumentException or FormatException or JsonException)
        {
            return false;
        }
    }

    private static bool TryReadCommonClaims(JsonWebToken jws, JsonElement claims, [NotNullWhen(true)] out ConnectorToken? token)
    {
        token = null;
        if (!StrictClaimReader.TryGetRequiredString(claims, ClaimNames.Serial, out string? serial)
            || !StrictClaimReader.TryGetRequiredString(claims, ClaimNames.Kind, out string? kind)
            || !StrictClaimReader.TryGetRequiredString(claims, ClaimNames.Boot, out string? boot)
            || !StrictClaimReader.TryGetRequiredInt64(claims, ClaimNames.Sequence, out long sequence)
            || !StrictClaimReader.TryGetRequiredInt64(claims, ClaimNames.IssuedAt, out long issuedAt)
            || boot.Length is < MinBootLength or > MaxBootLength
            || sequence < 1
            || issuedAt < MinIssuedAt
            || issuedAt > MaxIssuedAt)
        {
            return false;
        }

        token = new ConnectorToken(jws, claims, serial, kind, boot, sequence, issuedAt);
        return true;
    }
}

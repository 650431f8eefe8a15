using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>The <c>ack</c> claims: a string <c>id</c>, a boolean <c>ok</c>, an optional string <c>err</c>.</summary>
internal static class AckClaimsReader
{
    public static ClaimsReading Read(ConnectorToken token, ConnectorSerial serial)
    {
        if (!StrictClaimReader.TryGetRequiredString(token.Claims, ClaimNames.DownlinkId, out string? downlinkId)
            || !StrictClaimReader.TryGetRequiredBoolean(token.Claims, ClaimNames.Ok, out bool ok)
            || !StrictClaimReader.TryGetOptionalString(token.Claims, ClaimNames.Error, out string? error))
        {
            return ClaimsReading.Malformed;
        }

        return ClaimsReading.Of(new AckClaims
        {
            Serial = serial,
            Boot = token.Boot,
            Sequence = token.Sequence,
            IssuedAt = token.IssuedAt,
            DownlinkId = downlinkId,
            Ok = ok,
            Error = error,
        });
    }
}

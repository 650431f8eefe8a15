using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>The <c>up</c> claims: <c>mod</c> and <c>data</c> strings, optional integer <c>rssi</c>; a known module and telegram-shaped data.</summary>
internal static class UpClaimsReader
{
    public static ClaimsReading Read(ConnectorToken token, ConnectorSerial serial)
    {
        if (!StrictClaimReader.TryGetRequiredString(token.Claims, ClaimNames.Module, out string? module)
            || !StrictClaimReader.TryGetRequiredString(token.Claims, ClaimNames.Data, out string? data)
            || !StrictClaimReader.TryGetOptionalInt32(token.Claims, ClaimNames.Rssi, out int? rssi))
        {
            return ClaimsReading.Malformed;
        }

        if (!RadioModuleNames.TryParse(module, out RadioModule radioModule) || !TelegramHex.IsValid(data, radioModule))
        {
            return ClaimsReading.BadPayload;
        }

        return ClaimsReading.Of(new UpClaims
        {
            Serial = serial,
            Boot = token.Boot,
            Sequence = token.Sequence,
            IssuedAt = token.IssuedAt,
            Module = radioModule,
            Data = data,
            Rssi = rssi,
        });
    }
}

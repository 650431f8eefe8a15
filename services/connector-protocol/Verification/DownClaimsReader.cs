using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>The <c>down</c> claims: <c>id</c>, <c>mod</c>, <c>data</c> strings; module <c>enocean</c> and ESP3-shaped data.</summary>
internal static class DownClaimsReader
{
    public static ClaimsReading Read(ConnectorToken token, ConnectorSerial serial)
    {
        if (!StrictClaimReader.TryGetRequiredString(token.Claims, ClaimNames.DownlinkId, out string? downlinkId)
            || !StrictClaimReader.TryGetRequiredString(token.Claims, ClaimNames.Module, out string? module)
            || !StrictClaimReader.TryGetRequiredString(token.Claims, ClaimNames.Data, out string? data))
        {
            return ClaimsReading.Malformed;
        }

        if (!RadioModuleNames.TryParse(module, out RadioModule radioModule)
            || radioModule != RadioModule.EnOcean
            || !TelegramHex.IsValid(data, radioModule))
        {
            return ClaimsReading.BadPayload;
        }

        return ClaimsReading.Of(new DownClaims
        {
            Serial = serial,
            Boot = token.Boot,
            Sequence = token.Sequence,
            IssuedAt = token.IssuedAt,
            DownlinkId = downlinkId,
            Data = data,
        });
    }
}

using System.Text.Json;
using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>The <c>status</c> claims: a boolean <c>online</c> and the optional details, each of its type.</summary>
internal static class StatusClaimsReader
{
    public static ClaimsReading Read(ConnectorToken token, ConnectorSerial serial)
    {
        JsonElement claims = token.Claims;
        if (!StrictClaimReader.TryGetRequiredBoolean(claims, ClaimNames.Online, out bool online)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.Firmware, out string? firmware)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.PartNumber, out string? partNumber)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.ChipId, out string? chipId)
            || !StrictClaimReader.TryGetOptionalStringArray(claims, ClaimNames.Modules, out IReadOnlyList<string>? modules)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.IpAddress, out string? ipAddress)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.SubnetMask, out string? subnetMask)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.Dns, out string? dns)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.NetworkGateway, out string? networkGateway)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.MacAddress, out string? macAddress)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.Ssid, out string? ssid)
            || !StrictClaimReader.TryGetOptionalString(claims, ClaimNames.Bssid, out string? bssid)
            || !StrictClaimReader.TryGetOptionalInt32(claims, ClaimNames.WifiRssi, out int? wifiRssi)
            || !StrictClaimReader.TryGetOptionalInt64(claims, ClaimNames.Uptime, out long? uptimeSeconds))
        {
            return ClaimsReading.Malformed;
        }

        return ClaimsReading.Of(new StatusClaims
        {
            Serial = serial,
            Boot = token.Boot,
            Sequence = token.Sequence,
            IssuedAt = token.IssuedAt,
            Online = online,
            Firmware = firmware,
            PartNumber = partNumber,
            ChipId = chipId,
            Modules = modules,
            IpAddress = ipAddress,
            SubnetMask = subnetMask,
            Dns = dns,
            NetworkGateway = networkGateway,
            MacAddress = macAddress,
            Ssid = ssid,
            Bssid = bssid,
            WifiRssi = wifiRssi,
            UptimeSeconds = uptimeSeconds,
        });
    }
}

using System.Text;
using System.Text.Json;

namespace Mobius.Micro.Cli.Simulate.Tests.Support;

/// <summary>The claims of a compact JWS read without checking anything, for tests that look at messages whatever key signed them.</summary>
public static class JwsClaims
{
    public static JsonElement? TryRead(byte[] payload)
    {
        var parts = Encoding.UTF8.GetString(payload).Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var padded = parts[1].Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            using var document = JsonDocument.Parse(Convert.FromBase64String(padded));
            return document.RootElement.Clone();
        }
        catch (Exception failure) when (failure is FormatException or JsonException)
        {
            return null;
        }
    }
}

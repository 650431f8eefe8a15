using System.Security.Cryptography;
using System.Text;

namespace Mobius.Micro.ConnectorGateway.Provisioning;

/// <summary>
/// A salted HMAC-SHA256 of the password an account was given, kept in the account's text
/// description. The plugin never shows a password back, and changing one disconnects the client,
/// so this is how the gateway tells that a password is already the right one and leaves it alone.
/// </summary>
public static class PasswordFingerprint
{
    private const string Scheme = "mobius-password-v1";

    public static string Of(string password) => Of(password, RandomNumberGenerator.GetBytes(16));

    public static bool Matches(string? fingerprint, string password) =>
        fingerprint?.Split(':') is [Scheme, var salt, _] && TryDecode(salt, out var saltBytes)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(password, saltBytes)), Encoding.ASCII.GetBytes(fingerprint));

    private static string Of(string password, byte[] salt) =>
        $"{Scheme}:{Convert.ToBase64String(salt)}:{Convert.ToBase64String(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(password)))}";

    private static bool TryDecode(string base64, out byte[] bytes)
    {
        bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length))
        {
            return false;
        }

        bytes = bytes[..length];
        return true;
    }
}

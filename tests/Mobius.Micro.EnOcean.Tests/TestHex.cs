namespace Mobius.Micro.EnOcean.Tests;

/// <summary>Hex literals in tests, written the way the specifications and vectors write them.</summary>
internal static class TestHex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex);

    public static string Of(ReadOnlyMemory<byte> bytes) => Convert.ToHexString(bytes.Span);
}

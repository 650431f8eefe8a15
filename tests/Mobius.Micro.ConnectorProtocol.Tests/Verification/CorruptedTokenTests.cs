using System.Text;
using Mobius.Micro.ConnectorProtocol.Tests.TestSupport;
using Mobius.Micro.ConnectorProtocol.Verification;

namespace Mobius.Micro.ConnectorProtocol.Tests.Verification;

/// <summary>Reading arbitrary payloads answers malformed or a token; it never throws.</summary>
public sealed class CorruptedTokenTests
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    [Fact]
    public void Corrupting_characters_of_a_valid_token_never_throws()
    {
        byte[] valid = Encoding.ASCII.GetBytes(IndependentJws.Hs256(SpecExample.UpClaimsJson));
        var random = new Random(20251125);
        for (int round = 0; round < 20_000; round++)
        {
            byte[] corrupted = (byte[])valid.Clone();
            int changes = random.Next(1, 4);
            for (int change = 0; change < changes; change++)
            {
                corrupted[random.Next(corrupted.Length)] = (byte)Base64UrlAlphabet[random.Next(Base64UrlAlphabet.Length)];
            }

            Exception? thrown = Record.Exception(() => ConnectorMessageVerifier.TryReadToken(corrupted, out _));
            Assert.Null(thrown);
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        for (int round = 0; round < 5_000; round++)
        {
            byte[] payload = new byte[random.Next(0, 300)];
            random.NextBytes(payload);

            Assert.False(ConnectorMessageVerifier.TryReadToken(payload, out _));
        }
    }
}

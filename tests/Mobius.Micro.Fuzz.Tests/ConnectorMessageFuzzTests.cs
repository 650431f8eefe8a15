using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsCheck;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.ConnectorProtocol.Topics;
using Mobius.Micro.ConnectorProtocol.Verification;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>
/// The gateway's message checks (topic, rule 2 token shape, rules 4–6 and 8) on generated tokens:
/// well-signed ones with random claims, other algorithms and keys, tokens with edited bytes, and
/// random text. Nothing throws, and whatever is verified carries an HS256 signature made with the
/// PSK over exactly the bytes received, and the topic's serial and kind.
/// </summary>
public sealed class ConnectorMessageFuzzTests(ITestOutputHelper output)
{
    private const string Psk = "fuzzing pre-shared key";
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Psk);
    private static readonly string[] Kinds = ["up", "status", "ack", "down", "UP", "", "x"];
    private static readonly string[] Headers =
    [
        """{"alg":"HS256","typ":"JWT"}""", """{"alg":"HS256"}""", """{"alg":"none","typ":"JWT"}""", """{"alg":"HS384","typ":"JWT"}""",
        """{"alg":"RS256","typ":"JWT"}""", """{"alg":"hs256"}""", """{"alg":"HS256","alg":"none"}""", """{"typ":"JWT"}""", "[]", "{",
    ];

    [Fact]
    public async Task Connector_messages_are_verified_only_when_signed_with_the_psk_for_their_topic()
    {
        var layout = new ConnectorTopicLayout();
        var verifier = new ConnectorMessageVerifier(new ConnectorMessageVerifierOptions(), TimeProvider.System);
        var psk = ConnectorPsk.Create(Psk);
        var tokens = Gen.Frequency(
            (4, Signed(Gen.Const(Headers[0]), Gen.Const(Psk))),
            (2, Signed(Gen.OneOf(Headers), Gen.OneOf(Psk, "another pre-shared key", ""))),
            (3, Signed(Gen.Const(Headers[0]), Gen.Const(Psk)).Select(Gen.Int[0, 3], Gen.Char, Edit)),
            (1, Gen.String[0, 300]));
        var inputs = Gen.Select(tokens, Gen.OneOf(Kinds[..4]), Gen.OneOf("MF_00BCC0", "MF_ABCDEF"), Gen.OneOf<string?>(null, "0123456789abcdef"));
        var verified = 0;

        await Task.Run(() => FuzzRun.Check(output, "connector messages (JWS + rules 2-8)", inputs, input =>
        {
            var (jws, kind, serial, currentBoot) = input;
            Assert.True(layout.TryParse($"mobius/connectors/{serial}/{kind}", out var topic));
            if (!ConnectorMessageVerifier.TryReadToken(Encoding.UTF8.GetBytes(jws), out var token))
            {
                return;
            }

            var verification = verifier.VerifyAsync(token, psk, topic, currentBoot).AsTask().GetAwaiter().GetResult();
            if (!verification.IsVerified)
            {
                Assert.True(Enum.IsDefined(verification.Rejection!.Value));
                return;
            }

            verified++;
            var parts = jws.Split('.');
            Assert.Equal(Base64Url(HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"))), parts[2]);
            var claims = JsonDocument.Parse(FromBase64Url(parts[1])).RootElement;
            Assert.Equal(serial, claims.GetProperty("sn").GetString());
            Assert.Equal(kind, claims.GetProperty("typ").GetString());
        }));

        // The generated tokens reach the end of the checks, not only the early refusals.
        Assert.True(verified > 0, "no generated message was verified");
    }

    [Fact]
    public void Topics_parse_or_are_refused()
    {
        var layout = new ConnectorTopicLayout();
        var topics = Gen.OneOf(
            Gen.String[Gen.Char["mobiusconectrMF_0123456789ABCDEFabcdef/+#$ \0é"], 0, 60],
            Gen.Select(Gen.String[0, 12], Gen.OneOf(Kinds), (serial, kind) => $"mobius/connectors/{serial}/{kind}"));
        FuzzRun.Check(output, "connector topics", topics, topic =>
        {
            if (layout.TryParse(topic, out var parsed))
            {
                Assert.Equal($"mobius/connectors/{parsed.Serial}/{parsed.Kind.ToWireName()}", topic);
            }
        });
    }

    /// <summary>A compact JWS with random common and module claims, valid ones most of the time.</summary>
    private static Gen<string> Signed(Gen<string> header, Gen<string> key) =>
        Gen.Select(header, key, Claims(), (h, k, claims) => Sign(h, claims, k));

    private static Gen<Dictionary<string, object?>> Claims() =>
        Gen.Select(
            Gen.OneOf("MF_00BCC0", "MF_ABCDEF", "mf_00bcc0", ""),
            Gen.OneOf(Kinds),
            Gen.OneOf("0123456789abcdef", "short", new string('b', 40)),
            Gen.OneOf(1L, 2L, 0L, -1L, long.MaxValue),
            Gen.Int[-1000, 1000].Select(offset => DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offset),
            Gen.OneOf<object?>("enocean", "workocc", "", 5, null),
            Gen.OneOf<object?>("55000707017AF630010203043001FFFFFFFF4100B9", "A7", "zz", "", null, 12),
            (sn, typ, boot, seq, iat, module, data) => new Dictionary<string, object?>
            {
                ["sn"] = sn, ["typ"] = typ, ["boot"] = boot, ["seq"] = seq, ["iat"] = iat, ["mod"] = module, ["data"] = data, ["online"] = true, ["id"] = "d1", ["ok"] = true,
            });

    private static string Sign(string header, Dictionary<string, object?> claims, string key)
    {
        var signed = $"{Base64Url(Encoding.UTF8.GetBytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return $"{signed}.{Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(signed)))}";
    }

    /// <summary>Replaces, inserts or deletes one character, or cuts the token there.</summary>
    private static string Edit(string token, int kind, char character)
    {
        var at = character % token.Length;
        return kind switch
        {
            0 => token[..at] + character + token[(at + 1)..],
            1 => token[..at] + character + token[at..],
            2 => token[..at] + token[(at + 1)..],
            _ => token[..at],
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }
}

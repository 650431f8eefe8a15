using CsCheck;
using Mobius.Micro.ObjectModel.Uris;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>
/// MobiusFlow URIs and URI patterns as the API's routes and subscriptions receive them: valid parts,
/// wrong lengths, wildcards, traversal, SQL, encoded and non-ASCII text. A URI or an
/// <see cref="InvalidUriException"/>, never another exception; a parsed URI is its canonical text.
/// </summary>
public sealed class UriFuzzTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Part = Gen.Frequency(
        (4, Gen.Int[0, 4].SelectMany(level => Hex(UriParts.LengthOf((UriPart)level)))),
        (2, Gen.Int[0, 8].SelectMany(Hex)),
        (1, Gen.OneOf("+", "#", "", "..", ".", "%2F", "%00", "' or 1=1 --", "0001;drop table objects", "é日本", "😀", "*", "\0", " 0001", "00 01")),
        (1, Gen.String[0, 10]));

    [Fact]
    public void Uris_and_patterns_parse_or_name_the_bad_part()
    {
        var texts = Gen.OneOf(Part.Array[1, 7].Select(parts => string.Join('/', parts)), Gen.String[0, 40]);
        FuzzRun.Check(output, "URIs and URI patterns", texts, text =>
        {
            if (MobiusUri.TryParse(text, out var uri, out var error))
            {
                Assert.Equal(text.ToUpperInvariant(), uri.ToString());
                Assert.True(MobiusUriPattern.Parse(text).Matches(uri), $"{text} does not match itself");
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error.Message));
            }

            try
            {
                var pattern = MobiusUriPattern.Parse(text);
                Assert.InRange(pattern.Levels.Count, 1, UriParts.Count);
            }
            catch (InvalidUriException refused)
            {
                Assert.False(string.IsNullOrEmpty(refused.Message));
            }
        });
    }

    private static Gen<string> Hex(int length) => Gen.String[Gen.Char["0123456789ABCDEFabcdef"], length, length];
}

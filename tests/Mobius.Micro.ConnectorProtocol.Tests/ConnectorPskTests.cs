namespace Mobius.Micro.ConnectorProtocol.Tests;

public sealed class ConnectorPskTests
{
    public static TheoryData<string, bool> PsksByUtf8Length => new()
    {
        { new string('a', 15), false },
        { new string('a', 16), true },
        { new string('a', 128), true },
        { new string('a', 129), false },
        { string.Concat(Enumerable.Repeat("é", 8)), true }, // 8 chars, 16 bytes
        { string.Concat(Enumerable.Repeat("é", 7)) + "a", false }, // 8 chars, 15 bytes
        { string.Concat(Enumerable.Repeat("€", 42)) + "ab", true }, // 44 chars, 128 bytes
        { string.Concat(Enumerable.Repeat("€", 43)), false }, // 43 chars, 129 bytes
        { string.Concat(Enumerable.Repeat("😀", 4)), true }, // 8 UTF-16 chars, 16 bytes
        { string.Concat(Enumerable.Repeat("😀", 32)), true }, // 64 UTF-16 chars, 128 bytes
        { string.Concat(Enumerable.Repeat("😀", 32)) + "a", false }, // 129 bytes
        { string.Empty, false },
    };

    [Theory]
    [MemberData(nameof(PsksByUtf8Length))]
    public void A_psk_is_16_to_128_utf8_bytes(string text, bool valid)
    {
        Assert.Equal(valid, ConnectorPsk.IsValid(text));
        Assert.Equal(valid, ConnectorPsk.TryCreate(text, out ConnectorPsk? psk));
        Assert.Equal(valid, psk is not null);
    }

    [Fact]
    public void Text_with_a_lone_surrogate_has_no_utf8_bytes() => Assert.False(ConnectorPsk.IsValid("\uD800" + new string('a', 20)));

    [Fact]
    public void No_text_is_no_psk() => Assert.False(ConnectorPsk.IsValid(null));

    [Fact]
    public void Refusing_a_psk_does_not_repeat_it()
    {
        const string tooShort = "secret-but-15by";
        var error = Assert.Throws<ArgumentException>(() => ConnectorPsk.Create(tooShort));
        Assert.DoesNotContain(tooShort, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_psk_does_not_print_its_text()
    {
        const string text = "psk-of-MF_00BCC0-secret";
        Assert.DoesNotContain(text, ConnectorPsk.Create(text).ToString(), StringComparison.Ordinal);
    }
}

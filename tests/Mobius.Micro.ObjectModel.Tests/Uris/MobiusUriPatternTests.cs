using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectModel.Tests.Uris;

public sealed class MobiusUriPatternTests
{
    [Theory]
    [InlineData("000001/022/#", "000001/022", true)]
    [InlineData("000001/022/#", "000001/022/0028/0002/40", true)]
    [InlineData("000001/022/#", "000001/021/FFC0/0001", false)]
    [InlineData("#", "000001/021/FFC0/0001/0B", true)]
    [InlineData("000001/+/FFC0/#", "000001/021/FFC0/0001", true)]
    [InlineData("000001/+", "000001/021", true)]
    [InlineData("000001/+", "000001", false)]
    [InlineData("000001/+", "000001/021/FFC0", false)]
    [InlineData("000001/022/+/+/40", "000001/022/0028/0002/40", true)]
    [InlineData("000001/022/+/+/40", "000001/022/0028/0002/41", false)]
    [InlineData("000001/022/0028/0002", "000001/022/0028/0002", true)]
    [InlineData("000001/022/0028/0002", "000001/022/0028/0002/40", false)]
    [InlineData("000001/022/0028/0002", "000001/022/0028", false)]
    public void Matches_with_mqtt_wildcard_rules(string pattern, string uri, bool matches)
    {
        Assert.Equal(matches, MobiusUriPattern.Parse(pattern).Matches(MobiusUri.Parse(uri)));
    }

    [Fact]
    public void Literal_levels_accept_lower_case()
    {
        var pattern = MobiusUriPattern.Parse("000001/021/ffc0/+");

        Assert.Equal("000001/021/FFC0/+", pattern.ToString());
        Assert.True(pattern.Matches(MobiusUri.Parse("000001/021/FFC0/0001")));
    }

    [Theory]
    [InlineData("000001/#/FFC0", UriPart.Sid)]
    [InlineData("000001/02+", UriPart.Sid)]
    [InlineData("000001/021/FFC0/0001/4#", UriPart.Rid)]
    [InlineData("1/#", UriPart.Hid)]
    public void Names_the_bad_level(string pattern, UriPart part)
    {
        var error = Assert.Throws<InvalidUriException>(() => MobiusUriPattern.Parse(pattern));

        Assert.Equal(part, error.Part);
        Assert.Contains(UriParts.NameOf(part), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_more_than_five_levels()
    {
        Assert.Throws<InvalidUriException>(() => MobiusUriPattern.Parse("+/+/+/+/+/+"));
    }
}

using Mobius.Micro.ObjectModel.Priority;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Tests.Uris;

public sealed class MobiusUriNavigationTests
{
    [Fact]
    public void A_profile_uri_takes_an_instance_and_every_uri_knows_its_parent()
    {
        var profile = MobiusUri.Parse("000001/022/0102");

        Assert.Equal("000001/022/0102/00AB", profile.WithIns("00ab").ToString());
        Assert.Equal("000001/022", profile.Parent!.ToString());
        Assert.Null(MobiusUri.Parse("000001").Parent);
        Assert.Throws<InvalidOperationException>(() => MobiusUri.Parse("000001/022").WithIns("0001"));
        Assert.Throws<InvalidUriException>(() => profile.WithIns("1"));
    }

    [Theory]
    [InlineData("000001/022/#", true, true)]
    [InlineData("000001/+/0102", true, false)]
    [InlineData("000001/022/0102/0001", false, false)]
    public void A_pattern_tells_whether_it_has_wildcards(string text, bool wildcards, bool multiLevel)
    {
        var pattern = MobiusUriPattern.Parse(text);

        Assert.Equal(wildcards, pattern.HasWildcards);
        Assert.Equal(multiLevel, pattern.IsMultiLevel);
    }

    [Fact]
    public void A_pattern_answers_its_literal_levels()
    {
        var pattern = MobiusUriPattern.Parse("000001/+/ffc0/#");

        Assert.Equal("000001", pattern.LiteralAt(UriPart.Hid));
        Assert.Null(pattern.LiteralAt(UriPart.Sid));
        Assert.Equal("FFC0", pattern.LiteralAt(UriPart.Pid));
        Assert.Null(pattern.LiteralAt(UriPart.Ins));
        Assert.Null(pattern.LiteralAt(UriPart.Rid));
        Assert.Equal(["000001", "+", "FFC0", "#"], pattern.Levels);
    }

    [Fact]
    public void A_priority_array_copy_is_independent_and_knows_its_active_priority()
    {
        var array = new PriorityArray(new NumberValue(0));
        array.Write(8, new NumberValue(5));

        var copy = array.Copy();
        copy.Clear(8);

        Assert.Equal(8, array.ActivePriority);
        Assert.Equal(16, copy.ActivePriority);
        Assert.Equal(new NumberValue(5), array.PresentValue);
    }
}

using Mobius.Micro.ObjectModel.Uris;

namespace Mobius.Micro.ObjectModel.Tests.Uris;

public sealed class MobiusUriTests
{
    [Fact]
    public void Parses_a_resource_uri_into_its_five_parts()
    {
        var uri = MobiusUri.Parse("000001/021/FFC0/0001/0B");

        Assert.Equal("000001", uri.Hid);
        Assert.Equal("021", uri.Sid);
        Assert.Equal("FFC0", uri.Pid);
        Assert.Equal("0001", uri.Ins);
        Assert.Equal("0B", uri.Rid);
        Assert.Equal(UriPart.Rid, uri.Level);
    }

    [Theory]
    [InlineData("000001", UriPart.Hid)]
    [InlineData("000001/022", UriPart.Sid)]
    [InlineData("000001/022/0028", UriPart.Pid)]
    [InlineData("000001/022/0028/0002", UriPart.Ins)]
    public void Accepts_prefixes_addressing_a_hub_service_profile_or_object(string text, UriPart level)
    {
        var uri = MobiusUri.Parse(text);

        Assert.Equal(level, uri.Level);
        Assert.Equal(text, uri.ToString());
    }

    [Fact]
    public void Accepts_lower_case_hex_and_answers_upper_case()
    {
        var uri = MobiusUri.Parse("00000a/02f/ffc0/00ab/4e");

        Assert.Equal("00000A/02F/FFC0/00AB/4E", uri.ToString());
    }

    [Theory]
    [InlineData("00001/021", UriPart.Hid, "HID '00001' is not 6 hex digits")]
    [InlineData("000001/21", UriPart.Sid, "SID '21' is not 3 hex digits")]
    [InlineData("000001/021/FFC", UriPart.Pid, "PID 'FFC' is not 4 hex digits")]
    [InlineData("000001/021/FFC0/00G1", UriPart.Ins, "INS '00G1' is not 4 hex digits")]
    [InlineData("000001/021/FFC0/0001/400", UriPart.Rid, "RID '400' is not 2 hex digits")]
    [InlineData("000001//FFC0", UriPart.Sid, "SID is missing")]
    [InlineData("", UriPart.Hid, "HID is missing")]
    public void Names_the_bad_part(string text, UriPart part, string message)
    {
        var error = Assert.Throws<InvalidUriException>(() => MobiusUri.Parse(text));

        Assert.Equal(part, error.Part);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Refuses_more_than_five_parts()
    {
        var error = Assert.Throws<InvalidUriException>(() => MobiusUri.Parse("000001/021/FFC0/0001/0B/00"));

        Assert.Null(error.Part);
    }

    [Fact]
    public void Refuses_non_ascii_digits()
    {
        Assert.False(MobiusUri.TryParse("000001/02\u0661", out _, out var error));
        Assert.Equal(UriPart.Sid, error.Part);
    }

    [Fact]
    public void Builds_from_route_parts_and_extends_an_object_to_a_resource()
    {
        var uri = MobiusUri.FromParts("000001", "022", "0028", "0002").WithRid("40");

        Assert.Equal("000001/022/0028/0002/40", uri.ToString());
    }

    [Fact]
    public void Only_an_object_uri_extends_to_a_resource()
    {
        Assert.Throws<InvalidOperationException>(() => MobiusUri.Parse("000001/022").WithRid("40"));
    }

    [Fact]
    public void Equal_uris_compare_equal_whatever_the_input_case()
    {
        Assert.Equal(MobiusUri.Parse("000001/021/ffc0/0001"), MobiusUri.Parse("000001/021/FFC0/0001"));
    }
}

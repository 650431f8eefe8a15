using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Tests.Profiles;

public sealed class ObjectProfileTests
{
    [Fact]
    public void Orders_resources_by_rid_and_finds_them()
    {
        var profile = new ObjectProfile("0028", "enocean_A5-09-04", "sensor", ["EnOcean"],
        [
            new() { Rid = "41", Name = "humidity", Type = ResourceType.Number },
            new() { Rid = "40", Name = "temperature", Type = ResourceType.Number },
        ]);

        Assert.Equal(["40", "41"], profile.Resources.Select(resource => resource.Rid));
        Assert.Equal("humidity", profile.FindResource("41")?.Name);
        Assert.Null(profile.FindResource("42"));
        Assert.Null(profile.UniqueResource);
    }

    [Fact]
    public void Upper_cases_the_pid()
    {
        Assert.Equal("FFC1", new ObjectProfile("ffc1", "p", "d", [], []).Pid);
    }

    [Theory]
    [InlineData("FFC")]
    [InlineData("FFC01")]
    public void Refuses_a_malformed_pid(string pid)
    {
        Assert.Throws<ArgumentException>(() => new ObjectProfile(pid, "p", "d", [], []));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("4a")]
    [InlineData("400")]
    public void Refuses_rids_that_are_not_two_upper_case_hex_digits(string rid)
    {
        Assert.Throws<ArgumentException>(() => new ObjectProfile("0100", "p", "d", [], [new() { Rid = rid, Name = "x", Type = ResourceType.Bool }]));
    }

    [Fact]
    public void Refuses_a_rid_defined_twice()
    {
        Assert.Throws<ArgumentException>(() => new ObjectProfile("0100", "p", "d", [],
        [
            new() { Rid = "40", Name = "a", Type = ResourceType.Bool },
            new() { Rid = "40", Name = "b", Type = ResourceType.Bool },
        ]));
    }

    [Fact]
    public void Refuses_two_unique_resources()
    {
        Assert.Throws<ArgumentException>(() => new ObjectProfile("0100", "p", "d", [],
        [
            new() { Rid = "0B", Name = "a", Type = ResourceType.String, Unique = true },
            new() { Rid = "0C", Name = "b", Type = ResourceType.String, Unique = true },
        ]));
    }

    [Fact]
    public void Common_resources_are_00_to_04()
    {
        Assert.Equal(
            [("00", "parentObject"), ("01", "name"), ("02", "objectLastUpdated"), ("03", "description"), ("04", "location")],
            CommonResources.All.Select(resource => (resource.Rid, resource.Name)));
        Assert.Equal(ResourceAccess.Read, CommonResources.All.Single(resource => resource.Rid == "02").Settings.Access);
        Assert.All(CommonResources.All.Where(resource => resource.Rid != "02"), resource => Assert.Equal(ResourceAccess.ReadWrite, resource.Settings.Access));
    }
}

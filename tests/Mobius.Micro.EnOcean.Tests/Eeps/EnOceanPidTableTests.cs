using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

public sealed class EnOceanPidTableTests
{
    [Theory]
    [InlineData("F6-02-XX", "000B")]
    [InlineData("A5-10-03", "000C")]
    [InlineData("A5-08-01", "000D")]
    [InlineData("F6-05-01", "000E")]
    [InlineData("A5-02-01", "000F")]
    [InlineData("A5-02-02", "0010")]
    [InlineData("A5-09-04", "0028")]
    [InlineData("A5-07-01", "002E")]
    [InlineData("A5-07-03", "0030")]
    [InlineData("F6-01-01", "0064")]
    public void Pids_mobiusflow_uses_keep_their_number(string key, string pid)
    {
        Assert.Contains(new EnOceanProfile(key, pid), EnOceanPidTable.All);
    }

    [Theory]
    [InlineData("A5-02-05", "0101", "enocean_A5-02-05")]
    [InlineData("a5-04-01", "0102", "enocean_A5-04-01")]
    [InlineData("D5-00-01", "0103", "enocean_D5-00-01")]
    [InlineData("F6-02-01", "000B", "enocean_F6-02-XX")] // the family's profile
    [InlineData("F6-02-02", "000B", "enocean_F6-02-XX")]
    public void Finds_an_eeps_own_profile_else_its_familys(string eep, string pid, string profileName)
    {
        Assert.True(EnOceanPidTable.TryGet(eep, out var profile));

        Assert.Equal(pid, profile.Pid);
        Assert.Equal(profileName, profile.ProfileName);
    }

    [Fact]
    public void An_eep_without_a_profile_has_none()
    {
        Assert.False(EnOceanPidTable.TryGet("A5-99-01", out _));
    }

    [Fact]
    public void Keys_and_pids_are_unique()
    {
        Assert.Equal(EnOceanPidTable.All.Count, EnOceanPidTable.All.Select(profile => profile.Key).Distinct().Count());
        Assert.Equal(EnOceanPidTable.All.Count, EnOceanPidTable.All.Select(profile => profile.Pid).Distinct().Count());
    }

    [Fact]
    public void Project_pids_lie_in_0100_to_01FF()
    {
        var mobiusFlowPids = new HashSet<string> { "000B", "000C", "000D", "000E", "000F", "0010", "0028", "002E", "0030", "0064" };

        Assert.All(
            EnOceanPidTable.All.Where(profile => !mobiusFlowPids.Contains(profile.Pid)),
            profile => Assert.InRange(Convert.ToInt32(profile.Pid, 16), 0x0100, 0x01FF));
    }
}

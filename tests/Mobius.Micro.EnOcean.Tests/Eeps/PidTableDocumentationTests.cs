using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Eeps;

/// <summary>docs/enocean-pids.md, the published PID table, says what the code assigns.</summary>
public sealed class PidTableDocumentationTests
{
    private static readonly Lazy<string> Document = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "enocean-pids.md")));

    [Fact]
    public void Every_pid_is_published_with_its_profile_name()
    {
        Assert.All(EnOceanPidTable.All, profile => Assert.Contains($"| {profile.Pid} | {profile.ProfileName} |", Document.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_eep_of_the_catalog_is_published()
    {
        Assert.All(EepCatalog.All, definition => Assert.Contains(definition.Eep, Document.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Pids_are_mobiusflows_or_in_the_projects_range_and_never_shared_between_keys()
    {
        Assert.Equal(EnOceanPidTable.All.Count, EnOceanPidTable.All.Select(profile => profile.Pid).Distinct().Count());
        Assert.All(EnOceanPidTable.All, profile => Assert.True(
            profile.Pid is "000B" or "000C" or "000D" or "000E" or "000F" or "0010" or "0028" or "002E" or "0030" or "0064"
                || (string.CompareOrdinal(profile.Pid, "0101") >= 0 && string.CompareOrdinal(profile.Pid, "01FF") <= 0),
            profile.ToString()));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mobius.Micro.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Mobius.Micro.sln above {AppContext.BaseDirectory}");
    }
}

using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Tests.Profiles;

public sealed class GenericValueProfilesTests
{
    [Theory]
    [InlineData("0002", "numericValue", ResourceType.Number)]
    [InlineData("0003", "stringValue", ResourceType.String)]
    [InlineData("0004", "boolValue", ResourceType.Bool)]
    public void Each_holds_the_common_resources_and_a_writable_value_at_40(string pid, string name, ResourceType type)
    {
        var profile = GenericValueProfiles.All.Single(candidate => candidate.Pid == pid);

        Assert.Equal(name, profile.ProfileName);
        Assert.Equal(["00", "01", "02", "03", "04", "40"], profile.Resources.Select(resource => resource.Rid));
        Assert.Equal(type, profile.FindResource("40")!.Type);
        Assert.Equal(ResourceAccess.ReadWrite, profile.FindResource("40")!.Settings.Access);
        Assert.Null(profile.UniqueResource);
    }

    [Fact]
    public void Their_pids_are_not_those_of_enocean_or_connector_profiles()
    {
        Assert.DoesNotContain(GenericValueProfiles.All, profile => profile.Pid is ConnectorProfile.Pid or ServiceStatusProfile.Pid);
        Assert.All(GenericValueProfiles.All, profile => Assert.True(string.CompareOrdinal(profile.Pid, "000B") < 0));
    }

    [Fact]
    public void Object_last_updated_is_found_only_where_the_common_resources_are()
    {
        Assert.Equal("objectLastUpdated", CommonResources.ObjectLastUpdatedOf(GenericValueProfiles.NumericValue)?.Name);
        Assert.Equal("objectLastUpdated", CommonResources.ObjectLastUpdatedOf(ConnectorProfile.Profile)?.Name);
        Assert.Null(CommonResources.ObjectLastUpdatedOf(ServiceStatusProfile.Profile));
    }
}

using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectModel.Tests.Profiles;

public sealed class ServiceStatusProfileTests
{
    private static readonly ObjectProfile Profile = ServiceStatusProfile.Profile;

    [Fact]
    public void Is_profile_serviceStatus_with_pid_0001_at_ins_0001()
    {
        Assert.Equal("0001", Profile.Pid);
        Assert.Equal("0001", ServiceStatusProfile.Ins);
        Assert.Equal("serviceStatus", Profile.ProfileName);
    }

    [Fact]
    public void Has_status_statusText_and_lastChanged()
    {
        Assert.Equal(
            [("01", "status", ResourceType.Number), ("02", "statusText", ResourceType.String), ("03", "lastChanged", ResourceType.DateTime)],
            Profile.Resources.Select(resource => (resource.Rid, resource.Name, resource.Type)));
    }

    [Fact]
    public void Status_is_unknown_until_reported()
    {
        Assert.Equal(new NumberValue(-1), Profile.FindResource("01")!.Default);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, WriteRejectionReasons.AboveMax)]
    [InlineData(-2, WriteRejectionReasons.BelowMin)]
    public void Status_is_minus_one_zero_or_one(double status, string? reason)
    {
        var resource = Profile.FindResource("01")!;

        Assert.Equal(reason, ResourceWriteValidator.Validate(resource, new NumberValue(status), WriteOrigin.Service)?.Reason);
    }
}

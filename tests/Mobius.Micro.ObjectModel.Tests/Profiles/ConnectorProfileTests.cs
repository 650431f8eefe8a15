using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Tests.Profiles;

public sealed class ConnectorProfileTests
{
    private static readonly ObjectProfile Profile = ConnectorProfile.Profile;

    /// <summary>The connector table of the spec, plus this project's <c>19 enabled</c>.</summary>
    public static TheoryData<string, string, ResourceType, ResourceAccess> SpecifiedResources => new()
    {
        { "00", "parentObject", ResourceType.String, ResourceAccess.ReadWrite },
        { "01", "name", ResourceType.String, ResourceAccess.ReadWrite },
        { "02", "objectLastUpdated", ResourceType.DateTime, ResourceAccess.Read },
        { "03", "description", ResourceType.String, ResourceAccess.ReadWrite },
        { "04", "location", ResourceType.String, ResourceAccess.ReadWrite },
        { "0A", "partNumber", ResourceType.String, ResourceAccess.Read },
        { "0B", "serialNumber", ResourceType.String, ResourceAccess.ReadWrite },
        { "0C", "psk", ResourceType.String, ResourceAccess.ReadWrite },
        { "0D", "firmwareVersion", ResourceType.String, ResourceAccess.Read },
        { "0E", "module1Type", ResourceType.String, ResourceAccess.Read },
        { "0F", "module2Type", ResourceType.String, ResourceAccess.Read },
        { "10", "enOceanChipID", ResourceType.String, ResourceAccess.Read },
        { "11", "macAddress", ResourceType.String, ResourceAccess.Read },
        { "12", "ipAddress", ResourceType.String, ResourceAccess.Read },
        { "13", "subnetMask", ResourceType.String, ResourceAccess.Read },
        { "14", "dnsAddress", ResourceType.String, ResourceAccess.Read },
        { "15", "defaultGateway", ResourceType.String, ResourceAccess.Read },
        { "16", "ssid", ResourceType.String, ResourceAccess.Read },
        { "17", "rssi", ResourceType.Number, ResourceAccess.Read },
        { "18", "bssid", ResourceType.String, ResourceAccess.Read },
        { "19", "enabled", ResourceType.Bool, ResourceAccess.ReadWrite },
        { "40", "online", ResourceType.Bool, ResourceAccess.Read },
        { "41", "uptime", ResourceType.String, ResourceAccess.Read },
        { "42", "lastEnOceanUID", ResourceType.String, ResourceAccess.Read },
        { "43", "lastWorkOccUID", ResourceType.String, ResourceAccess.Read },
        { "44", "telegramsAccepted", ResourceType.Number, ResourceAccess.Read },
        { "45", "telegramsRejected", ResourceType.Number, ResourceAccess.Read },
    };

    [Fact]
    public void Is_profile_mobiusFlowConnector_with_pid_FFC0()
    {
        Assert.Equal("FFC0", Profile.Pid);
        Assert.Equal("mobiusFlowConnector", Profile.ProfileName);
    }

    [Theory]
    [MemberData(nameof(SpecifiedResources))]
    public void Has_each_specified_resource(string rid, string name, ResourceType type, ResourceAccess access)
    {
        var resource = Profile.FindResource(rid);

        Assert.NotNull(resource);
        Assert.Equal(name, resource.Name);
        Assert.Equal(type, resource.Type);
        Assert.Equal(access, resource.Settings.Access);
    }

    [Fact]
    public void Has_no_other_resources_in_rid_order()
    {
        Assert.Equal(SpecifiedResources.Select(row => (string)row[0]), Profile.Resources.Select(resource => resource.Rid));
    }

    [Fact]
    public void Serial_number_is_the_required_unique_identity()
    {
        var serial = Profile.FindResource("0B")!;

        Assert.True(serial.Required);
        Assert.True(serial.Unique);
        Assert.Same(serial, Profile.UniqueResource);
    }

    [Fact]
    public void Psk_is_required_and_write_only()
    {
        var psk = Profile.FindResource("0C")!;

        Assert.True(psk.Required);
        Assert.True(psk.WriteOnly);
        Assert.False(psk.Unique);
        Assert.Equal("********", ResourceDefinition.WriteOnlyMask);
    }

    [Fact]
    public void Only_serial_number_and_psk_are_required()
    {
        Assert.Equal(["0B", "0C"], Profile.Resources.Where(resource => resource.Required).Select(resource => resource.Rid));
    }

    [Fact]
    public void A_connector_is_enabled_by_default()
    {
        Assert.Equal(new BoolValue(true), Profile.FindResource("19")!.Default);
    }

    [Fact]
    public void Other_defaults_are_the_zero_values_of_their_types()
    {
        Assert.Equal(new StringValue(""), Profile.FindResource("0B")!.Default);
        Assert.Equal(new DateTimeValue(DateTimeOffset.UnixEpoch), Profile.FindResource("02")!.Default);
        Assert.Equal(new BoolValue(false), Profile.FindResource("40")!.Default);
        Assert.Equal(new NumberValue(0), Profile.FindResource("44")!.Default);
    }
}

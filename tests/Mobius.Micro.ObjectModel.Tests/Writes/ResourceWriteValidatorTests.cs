using System.Text.Json;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectModel.Tests.Writes;

public sealed class ResourceWriteValidatorTests
{
    private static readonly ResourceDefinition Temperature = new()
    {
        Rid = "40", Name = "temperature", Type = ResourceType.Number,
        Settings = new() { Access = ResourceAccess.ReadWrite, Min = 0, Max = 51, Precision = 1, Units = "C" },
    };

    private static readonly ResourceDefinition Label = new()
    {
        Rid = "41", Name = "label", Type = ResourceType.String,
        Settings = new() { Access = ResourceAccess.ReadWrite, MaxLength = 5 },
    };

    private static readonly ResourceDefinition OccupancyState = new()
    {
        Rid = "42", Name = "occupancyState", Type = ResourceType.Enum,
        Settings = new() { Access = ResourceAccess.ReadWrite, Enum = ["vacant", "occupied", "unknown"] },
    };

    private static readonly ResourceDefinition Online = ConnectorProfile.Profile.FindResource(ConnectorProfile.Online)!;
    private static readonly ResourceDefinition Serial = ConnectorProfile.Profile.FindResource(ConnectorProfile.SerialNumber)!;
    private static readonly ResourceDefinition Psk = ConnectorProfile.Profile.FindResource(ConnectorProfile.Psk)!;

    [Theory]
    [InlineData(0)]
    [InlineData(19.2)]
    [InlineData(51)]
    public void Accepts_numbers_within_min_and_max(double value)
    {
        Assert.Null(ResourceWriteValidator.Validate(Temperature, new NumberValue(value), WriteOrigin.Client));
    }

    [Theory]
    [InlineData(-0.1, WriteRejectionReasons.BelowMin)]
    [InlineData(51.1, WriteRejectionReasons.AboveMax)]
    [InlineData(double.NaN, WriteRejectionReasons.WrongType)]
    [InlineData(double.PositiveInfinity, WriteRejectionReasons.WrongType)]
    public void Refuses_numbers_out_of_range(double value, string reason)
    {
        Assert.Equal(reason, ResourceWriteValidator.Validate(Temperature, new NumberValue(value), WriteOrigin.Client)?.Reason);
    }

    [Fact]
    public void Refuses_a_value_of_another_type_naming_the_resource()
    {
        var rejection = ResourceWriteValidator.Validate(Temperature, new StringValue("19.2"), WriteOrigin.Service);

        Assert.Equal(new WriteRejection(WriteRejectionReasons.WrongType, "40 temperature takes a number, not a string"), rejection);
    }

    [Fact]
    public void Clients_cannot_write_read_only_resources_but_services_can()
    {
        Assert.Equal(WriteRejectionReasons.ReadOnly, ResourceWriteValidator.Validate(Online, new BoolValue(true), WriteOrigin.Client)?.Reason);
        Assert.Null(ResourceWriteValidator.Validate(Online, new BoolValue(true), WriteOrigin.Service));
    }

    [Fact]
    public void Services_are_still_held_to_type_and_range()
    {
        Assert.Equal(WriteRejectionReasons.AboveMax, ResourceWriteValidator.Validate(Temperature, new NumberValue(60), WriteOrigin.Service)?.Reason);
    }

    [Fact]
    public void Refuses_strings_longer_than_maxlen()
    {
        Assert.Null(ResourceWriteValidator.Validate(Label, new StringValue("desk1"), WriteOrigin.Client));
        Assert.Equal(WriteRejectionReasons.TooLong, ResourceWriteValidator.Validate(Label, new StringValue("desk12"), WriteOrigin.Client)?.Reason);
    }

    [Fact]
    public void Enum_values_must_be_members()
    {
        Assert.Null(ResourceWriteValidator.Validate(OccupancyState, new EnumValue("occupied"), WriteOrigin.Client));
        Assert.Equal(WriteRejectionReasons.NotInEnum, ResourceWriteValidator.Validate(OccupancyState, new EnumValue("Occupied"), WriteOrigin.Client)?.Reason);
    }

    [Theory]
    [InlineData("MF_00BCC0", null)]
    [InlineData("MF_ABCDEF", null)]
    [InlineData("MF_00bcc0", WriteRejectionReasons.PatternMismatch)]
    [InlineData("MF_00BCC", WriteRejectionReasons.PatternMismatch)]
    [InlineData("XX_00BCC0", WriteRejectionReasons.PatternMismatch)]
    [InlineData("MF_00BCC0 ", WriteRejectionReasons.PatternMismatch)]
    public void Serial_numbers_are_MF_and_six_upper_case_hex_digits(string serial, string? reason)
    {
        Assert.Equal(reason, ResourceWriteValidator.Validate(Serial, new StringValue(serial), WriteOrigin.Client)?.Reason);
    }

    [Theory]
    [InlineData(15, WriteRejectionReasons.TooShort)]
    [InlineData(16, null)]
    [InlineData(128, null)]
    [InlineData(129, WriteRejectionReasons.TooLong)]
    public void Psks_are_16_to_128_bytes(int length, string? reason)
    {
        Assert.Equal(reason, ResourceWriteValidator.Validate(Psk, new StringValue(new string('k', length)), WriteOrigin.Client)?.Reason);
    }

    [Fact]
    public void Psk_length_counts_utf8_bytes_not_characters()
    {
        var eightEuroSigns = new string('€', 8);
        var fortyThreeEuroSigns = new string('€', 43);

        Assert.Null(ResourceWriteValidator.Validate(Psk, new StringValue(eightEuroSigns), WriteOrigin.Client));
        Assert.Equal(WriteRejectionReasons.TooLong, ResourceWriteValidator.Validate(Psk, new StringValue(fortyThreeEuroSigns), WriteOrigin.Client)?.Reason);
    }

    [Fact]
    public void Messages_never_contain_a_write_only_value()
    {
        const string secret = "short-secret";

        var rejection = ResourceWriteValidator.Validate(Psk, new StringValue(secret), WriteOrigin.Client);

        Assert.NotNull(rejection);
        Assert.DoesNotContain(secret, rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_and_validates_json()
    {
        Assert.Null(ResourceWriteValidator.Validate(Temperature, Json("19.2"), WriteOrigin.Client, out var value));
        Assert.Equal(new NumberValue(19.2), value);
    }

    [Theory]
    [InlineData("\"19.2\"", WriteRejectionReasons.WrongType)]
    [InlineData("null", WriteRejectionReasons.WrongType)]
    [InlineData("99", WriteRejectionReasons.AboveMax)]
    public void Json_that_is_refused_gives_no_value(string json, string reason)
    {
        Assert.Equal(reason, ResourceWriteValidator.Validate(Temperature, Json(json), WriteOrigin.Client, out var value)?.Reason);
        Assert.Null(value);
    }

    [Fact]
    public void Access_is_checked_before_the_type()
    {
        Assert.Equal(WriteRejectionReasons.ReadOnly, ResourceWriteValidator.Validate(Online, Json("\"yes\""), WriteOrigin.Client, out _)?.Reason);
    }

    [Fact]
    public void Reads_and_validates_text_as_a_datetime()
    {
        var lastUpdated = CommonResources.All.Single(resource => resource.Rid == "02");

        Assert.Null(ResourceWriteValidator.Validate(lastUpdated, "2025-11-25T10:00:00.000Z", WriteOrigin.Service, out var value));
        Assert.Equal(new DateTimeValue(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero)), value);

        var rejection = ResourceWriteValidator.Validate(lastUpdated, "yesterday", WriteOrigin.Service, out value);
        Assert.Equal(WriteRejectionReasons.WrongType, rejection?.Reason);
        Assert.Contains("ISO-8601", rejection?.Message, StringComparison.Ordinal);
        Assert.Null(value);
    }

    [Fact]
    public void Text_for_a_number_is_the_wrong_type()
    {
        Assert.Equal(WriteRejectionReasons.WrongType, ResourceWriteValidator.Validate(Temperature, "19.2", WriteOrigin.Service, out _)?.Reason);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}

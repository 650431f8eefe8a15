using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Profiles;

/// <summary>
/// Objects with no backend logic, kept by the Object Store service (<c>020</c>): a number, a string or
/// a boolean that API clients (and flows) write and read. The common resources <c>00</c>..<c>04</c> and
/// the value itself at <c>40</c>, writable.
/// </summary>
public static class GenericValueProfiles
{
    public const string NumericValuePid = "0002";
    public const string StringValuePid = "0003";
    public const string BoolValuePid = "0004";
    public const string Value = "40";

    /// <summary>Longest string a <c>stringValue</c> holds unless an object sets its own <c>maxlen</c>.</summary>
    public const int StringMaxLength = 1024;

    public static ObjectProfile NumericValue { get; } = Generic(
        NumericValuePid, "numericValue", "A number with no backend logic", ResourceType.Number, ResourceSettings.ReadWrite);

    public static ObjectProfile StringValue { get; } = Generic(
        StringValuePid, "stringValue", "A string with no backend logic", ResourceType.String, ResourceSettings.ReadWrite with { MaxLength = StringMaxLength });

    public static ObjectProfile BoolValue { get; } = Generic(
        BoolValuePid, "boolValue", "A boolean with no backend logic", ResourceType.Bool, ResourceSettings.ReadWrite);

    public static IReadOnlyList<ObjectProfile> All { get; } = [NumericValue, StringValue, BoolValue];

    private static ObjectProfile Generic(string pid, string name, string description, ResourceType type, ResourceSettings settings) => new(
        pid,
        name,
        description,
        ["ObjectStore", "Value"],
        [.. CommonResources.All, new() { Rid = Value, Name = "value", Type = type, Settings = settings }]);
}

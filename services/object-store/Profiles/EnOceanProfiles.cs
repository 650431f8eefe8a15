using System.Text.RegularExpressions;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;
using ResourceSettings = Mobius.Micro.ObjectModel.Resources.ResourceSettings;

namespace Mobius.Micro.ObjectStore.Profiles;

/// <summary>
/// The object profiles of EnOcean devices, made from the EnOcean catalog: one per PID (an EEP, or
/// an EEP family such as <c>F6-02-XX</c> whose EEPs share a PID). Each has the common resources,
/// the configuration <c>0A</c> eep (one of the profile's EEPs), <c>0B</c> uid (required, unique
/// within the service), the telegram details <c>0C</c> status, <c>0D</c> dBm and <c>0E</c> lrn, and
/// the EEP's data resources from <c>40</c>.
/// </summary>
public static partial class EnOceanProfiles
{
    public const string Eep = "0A";
    public const string Uid = "0B";
    public const string Status = "0C";
    public const string Dbm = "0D";
    public const string Lrn = "0E";

    public static IReadOnlyList<ObjectProfile> All { get; } =
        [.. EepCatalog.All.GroupBy(definition => definition.Pid).Select(FromDefinitions)];

    private static ObjectProfile FromDefinitions(IGrouping<string, EepDefinition> definitions)
    {
        var first = definitions.First();
        var eeps = definitions.Select(definition => definition.Eep).ToArray();
        var description = eeps.Length == 1
            ? $"EnOcean {first.Title}"
            : $"EnOcean {EnOceanPidTable.All.First(profile => profile.Pid == first.Pid).Key} family: {string.Join(", ", eeps)}";
        return new ObjectProfile(
            first.Pid,
            first.ProfileName,
            description,
            [.. definitions.SelectMany(definition => definition.Families).Distinct(StringComparer.Ordinal)],
            [
                .. CommonResources.All,
                new()
                {
                    Rid = Eep, Name = "eep", Type = ResourceType.Enum,
                    Settings = new() { Access = ResourceAccess.ReadWrite, Enum = eeps },
                },
                new()
                {
                    Rid = Uid, Name = "uid", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite,
                    Required = true, Unique = true, TextRule = new TextRule { Pattern = SenderIdPattern() },
                },
                new() { Rid = Status, Name = "status", Type = ResourceType.Number, Settings = new() { Access = ResourceAccess.Read, Min = 0, Max = 255 } },
                new() { Rid = Dbm, Name = "dBm", Type = ResourceType.Number, Settings = new() { Access = ResourceAccess.Read, Units = "dBm" } },
                new() { Rid = Lrn, Name = "lrn", Type = ResourceType.Bool },
                .. definitions.SelectMany(definition => definition.Resources).DistinctBy(resource => resource.Rid).Select(FromEepResource),
            ]);
    }

    /// <summary>
    /// A data resource, read-only. The EnOcean decoder reports an enum field as the member name
    /// of the value it read, so enum resources list their members in <c>settings.enum</c>.
    /// </summary>
    private static ResourceDefinition FromEepResource(EepResource resource) => new()
    {
        Rid = resource.Rid,
        Name = resource.Name,
        Type = resource.Type switch
        {
            ResourceValueType.Bool => ResourceType.Bool,
            ResourceValueType.Enum => ResourceType.Enum,
            _ => ResourceType.Number,
        },
        Settings = FromEepSettings(resource),
    };

    private static ResourceSettings FromEepSettings(EepResource resource) => new()
    {
        Access = ResourceAccess.Read,
        Min = resource.Settings.Min,
        Max = resource.Settings.Max,
        Precision = resource.Settings.Precision,
        Units = resource.Settings.Units,
        Enum = resource.Type == ResourceValueType.Enum ? resource.Members : null,
    };

    [GeneratedRegex("^[0-9A-F]{8}$")]
    private static partial Regex SenderIdPattern();
}

using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;

namespace Mobius.Micro.ObjectModel.Profiles;

/// <summary>The resources every device and connector object has, <c>00</c>..<c>04</c>.</summary>
public static class CommonResources
{
    public const string ParentObject = "00";
    public const string Name = "01";

    /// <summary>Set whenever any resource of the object changes.</summary>
    public const string ObjectLastUpdated = "02";

    public const string Description = "03";
    public const string Location = "04";

    /// <summary>The profile's <c>objectLastUpdated</c>, if it has the common resources (a service's status object does not: its <c>02</c> is something else).</summary>
    public static ResourceDefinition? ObjectLastUpdatedOf(ObjectProfile profile) =>
        profile.FindResource(ObjectLastUpdated) is { Name: "objectLastUpdated", Type: ResourceType.DateTime } resource ? resource : null;

    public static IReadOnlyList<ResourceDefinition> All { get; } =
    [
        new() { Rid = ParentObject, Name = "parentObject", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite },
        new() { Rid = Name, Name = "name", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite },
        new() { Rid = ObjectLastUpdated, Name = "objectLastUpdated", Type = ResourceType.DateTime, Settings = ResourceSettings.ReadOnly },
        new() { Rid = Description, Name = "description", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite },
        new() { Rid = Location, Name = "location", Type = ResourceType.String, Settings = ResourceSettings.ReadWrite },
    ];
}

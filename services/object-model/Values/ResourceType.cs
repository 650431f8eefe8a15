namespace Mobius.Micro.ObjectModel.Values;

/// <summary>The value types a resource can hold; <see cref="ResourceTypes"/> gives their JSON names.</summary>
public enum ResourceType
{
    Bool,
    Number,
    String,

    /// <summary>A point in time, ISO-8601 UTC with milliseconds, e.g. <c>2025-11-25T10:00:00.000Z</c>.</summary>
    DateTime,

    /// <summary>One member of the resource's <c>enum</c> setting, e.g. <c>occupied</c>.</summary>
    Enum,
}

using System.Text.Json;

namespace Mobius.Micro.ObjectStore.Objects;

/// <summary>One element of an object creation body, <c>{"rid":"0B","settings":{"pv":"MF_00BCC0"}}</c>.</summary>
public sealed record ResourceConfiguration(string? Rid, Dictionary<string, JsonElement>? Settings)
{
    /// <summary>The only setting an object's configuration sets: the resource's value.</summary>
    public const string PresentValueSetting = "pv";
}

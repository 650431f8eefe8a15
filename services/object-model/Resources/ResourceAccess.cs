using System.Text.Json.Serialization;

namespace Mobius.Micro.ObjectModel.Resources;

/// <summary>Who may write a resource through the API. Services write what they measure either way.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ResourceAccess>))]
public enum ResourceAccess
{
    /// <summary><c>r</c>: read-only for API clients (measured or derived values).</summary>
    [JsonStringEnumMemberName("r")]
    Read,

    /// <summary><c>rw</c>: API clients with the <c>write</c> or <c>configure</c> role may write it.</summary>
    [JsonStringEnumMemberName("rw")]
    ReadWrite,
}

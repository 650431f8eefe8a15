using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mobius.Micro.WorkOcc.Semantics;

namespace Mobius.Micro.WorkOccDecoder.State;

/// <summary>A sensor's state as the JSON kept in Redis: camelCase, enums as words, times ISO-8601.</summary>
public static class SensorStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(WorkOccSensorState state) => JsonSerializer.Serialize(state, Options);

    public static bool TryRead(string json, [NotNullWhen(true)] out WorkOccSensorState? state)
    {
        try
        {
            state = JsonSerializer.Deserialize<WorkOccSensorState>(json, Options);
        }
        catch (JsonException)
        {
            state = null;
        }

        return state is not null;
    }
}

using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>
/// What a vector does not say but its note does: the direction of telegrams that are commands to
/// a device. The fixture stays unchanged; decoding them needs this one fact from outside it.
/// </summary>
internal static class VectorDirections
{
    /// <summary>V028: "A5-20-01 direction 2 (controller->actuator) SP=50".</summary>
    private static readonly IReadOnlyDictionary<string, EepDirection> ToDevice = new Dictionary<string, EepDirection>
    {
        ["V028"] = EepDirection.ToDevice,
    };

    public static EepDirection Of(EnOceanVector vector) => ToDevice.GetValueOrDefault(vector.Id, EepDirection.FromDevice);
}

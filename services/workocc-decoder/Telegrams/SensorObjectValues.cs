using Mobius.Micro.Contracts;
using Mobius.Micro.WorkOcc.Profiles;
using Mobius.Micro.WorkOcc.Readings;

namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>A sensor's readings as the values its object's profile has: readings of resources the profile lacks are left out.</summary>
public static class SensorObjectValues
{
    public static ObjectValuesReported For(
        string objectUri, WorkOccSensorProfile profile, DateTimeOffset observedAt, IReadOnlyList<SensorReading> readings) => new()
    {
        ObjectUri = objectUri,
        ObservedAt = observedAt,
        Values = [.. readings.Where(reading => profile.DataResources.Contains(reading.Rid)).Select(Reported)],
    };

    private static ReportedValue Reported(SensorReading reading) => new()
    {
        Rid = reading.Rid,
        Number = reading.Number,
        Boolean = reading.Boolean,
        Text = reading.Text,
    };
}

using System.Globalization;
using Mobius.Micro.WorkOcc.Frames;
using Mobius.Micro.WorkOcc.Semantics;
using Rid = Mobius.Micro.WorkOcc.Profiles.WorkOccResourceIds;

namespace Mobius.Micro.WorkOcc.Readings;

/// <summary>
/// The values an applied frame gives a sensor's object: the occupancy picture after it (state,
/// last change, occupied minutes and utilisation today) and the frame's own measurements, in
/// engineering units. Unknown measurements (<c>0xFF</c>, <c>0xFFFF</c>) are left out, so the
/// object keeps its last known value.
/// </summary>
public static class SensorReadings
{
    public static IReadOnlyList<SensorReading> Of(WorkOccFrame frame, WorkOccSensorState state)
    {
        var readings = new List<SensorReading>(12);
        readings.AddRange(OfOccupancy(state.Occupancy));
        AddMeasurements(readings, frame, state);
        return readings;
    }

    public static IReadOnlyList<SensorReading> OfOccupancy(OccupancyTrack track)
    {
        var readings = new List<SensorReading>(5)
        {
            SensorReading.Of(Rid.Occupied, track.State == OccupancyState.Occupied),
            SensorReading.Of(Rid.OccupancyState, track.State.ToName()),
            SensorReading.Of(Rid.OccupiedMinutesToday, OccupancyTracker.OccupiedToday(track).TotalMinutes),
            SensorReading.Of(Rid.UtilisationToday, OccupancyTracker.UtilisationToday(track)),
        };
        if (track.Since is { } since)
        {
            readings.Add(SensorReading.Of(Rid.LastStateChange, Iso8601(since)));
        }

        return readings;
    }

    private static void AddMeasurements(List<SensorReading> readings, WorkOccFrame frame, WorkOccSensorState state)
    {
        switch (frame)
        {
            case OccupancyFrame occupancy:
                AddBattery(readings, occupancy.Battery);
                break;
            case HeartbeatFrame heartbeat:
                AddBattery(readings, heartbeat.Battery);
                readings.Add(SensorReading.Of(Rid.FirmwareVersion, $"{heartbeat.FirmwareMajor}.{heartbeat.FirmwareMinor}"));
                break;
            case PeopleCountFrame people:
                readings.Add(SensorReading.Of(Rid.PeopleIn, state.People!.TotalIn));
                readings.Add(SensorReading.Of(Rid.PeopleOut, state.People.TotalOut));
                readings.Add(SensorReading.Of(Rid.PeoplePresent, people.Present));
                break;
            case EnvironmentFrame environment:
                readings.Add(SensorReading.Of(Rid.Temperature, environment.Temperature));
                if (environment.Humidity is { } humidity)
                {
                    readings.Add(SensorReading.Of(Rid.Humidity, humidity));
                }

                if (environment.Illuminance is { } illuminance)
                {
                    readings.Add(SensorReading.Of(Rid.Illuminance, illuminance));
                }

                break;
            case HealthFrame health:
                AddBattery(readings, health.Battery);
                readings.Add(SensorReading.Of(Rid.BatteryVoltage, health.BatteryMillivolts / 1000.0));
                readings.Add(SensorReading.Of(Rid.Tamper, health.Tamper));
                readings.Add(SensorReading.Of(Rid.LowBattery, health.LowBattery));
                readings.Add(SensorReading.Of(Rid.SensorFault, health.SensorFault));
                break;
        }
    }

    private static void AddBattery(List<SensorReading> readings, int? battery)
    {
        if (battery is { } percent)
        {
            readings.Add(SensorReading.Of(Rid.Battery, percent));
        }
    }

    private static string Iso8601(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

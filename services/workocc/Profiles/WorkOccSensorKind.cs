namespace Mobius.Micro.WorkOcc.Profiles;

/// <summary>The kinds of WorkOcc sensor, one object profile each.</summary>
public enum WorkOccSensorKind
{
    /// <summary>Under-desk PIR occupancy sensor: occupancy and heartbeat frames.</summary>
    DeskOccupancy,

    /// <summary>Room or door people counter: people-count frames.</summary>
    PeopleCounter,

    /// <summary>Temperature, humidity and illuminance sensor: environment frames.</summary>
    Environment,
}

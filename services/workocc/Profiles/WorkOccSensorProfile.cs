namespace Mobius.Micro.WorkOcc.Profiles;

/// <summary>The published identity of one WorkOcc object profile and the data resources its objects have.</summary>
public sealed record WorkOccSensorProfile(
    WorkOccSensorKind Kind, string Pid, string ProfileName, string SensorType, IReadOnlySet<string> DataResources);

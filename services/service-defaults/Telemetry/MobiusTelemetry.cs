namespace Mobius.Micro.ServiceDefaults.Telemetry;

/// <summary>Naming of the project's own activity sources and meters; every one starting with <see cref="Prefix"/> is exported.</summary>
public static class MobiusTelemetry
{
    public const string Prefix = "Mobius.Micro.";
}

namespace Mobius.Micro.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks of the process itself.</summary>
    public const string Live = "live";

    /// <summary>Checks of the dependencies the service cannot work without. MassTransit tags its bus check the same way.</summary>
    public const string Ready = "ready";
}

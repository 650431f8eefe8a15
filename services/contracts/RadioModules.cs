namespace Mobius.Micro.Contracts;

/// <summary>The radio module names used in connector messages and on the bus.</summary>
public static class RadioModules
{
    public const string EnOcean = "enocean";
    public const string WorkOcc = "workocc";
}

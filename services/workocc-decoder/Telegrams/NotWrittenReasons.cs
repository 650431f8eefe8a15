namespace Mobius.Micro.WorkOccDecoder.Telegrams;

/// <summary>Why an applied frame's values were not written to any object; counted and logged.</summary>
public static class NotWrittenReasons
{
    /// <summary>No WorkOcc device object has the sensor's UID (the sensor is announced instead).</summary>
    public const string UnknownDevice = "unknown_device";

    /// <summary>The sensor's object has a PID that is not in the WorkOcc profile table.</summary>
    public const string UnknownProfile = "unknown_profile";
}

namespace Mobius.Micro.WorkOcc.Readings;

/// <summary>One resource value for a sensor's object: exactly one of number, boolean and text (datetimes and enum members as text).</summary>
public sealed record SensorReading
{
    public required string Rid { get; init; }
    public double? Number { get; init; }
    public bool? Boolean { get; init; }
    public string? Text { get; init; }

    public static SensorReading Of(string rid, double number) => new() { Rid = rid, Number = number };
    public static SensorReading Of(string rid, bool boolean) => new() { Rid = rid, Boolean = boolean };
    public static SensorReading Of(string rid, string text) => new() { Rid = rid, Text = text };
}

namespace Mobius.Micro.Contracts;

/// <summary>
/// One resource value. Exactly one of <see cref="Number"/>, <see cref="Boolean"/> and
/// <see cref="Text"/> is set; datetimes travel as ISO-8601 text.
/// </summary>
public sealed record ReportedValue
{
    public required string Rid { get; init; }
    public double? Number { get; init; }
    public bool? Boolean { get; init; }
    public string? Text { get; init; }

    public static ReportedValue Of(string rid, double number) => new() { Rid = rid, Number = number };
    public static ReportedValue Of(string rid, bool boolean) => new() { Rid = rid, Boolean = boolean };
    public static ReportedValue Of(string rid, string text) => new() { Rid = rid, Text = text };
}

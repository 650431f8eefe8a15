namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>Settings hints for an object resource, as the object model names them.</summary>
public sealed record ResourceSettings(double? Min = null, double? Max = null, int? Precision = null, string? Units = null)
{
    public static ResourceSettings None { get; } = new();
}

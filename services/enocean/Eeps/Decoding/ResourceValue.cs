namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// A value for one object resource. <see cref="Number"/> is set for number and enum resources
/// (enums carry the raw value), <see cref="Boolean"/> for bool resources.
/// </summary>
public readonly record struct ResourceValue(EepResource Resource, double? Number, bool? Boolean)
{
    public static ResourceValue Of(EepResource resource, double number) => new(resource, number, null);

    public static ResourceValue Of(EepResource resource, bool boolean) => new(resource, null, boolean);
}

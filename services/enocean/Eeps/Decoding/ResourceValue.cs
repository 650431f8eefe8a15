namespace Mobius.Micro.EnOcean.Eeps.Decoding;

/// <summary>
/// A value for one object resource: <see cref="Number"/> for number resources,
/// <see cref="Boolean"/> for bool resources, <see cref="Text"/> (the member name) for enum resources.
/// </summary>
public readonly record struct ResourceValue(EepResource Resource, double? Number, bool? Boolean, string? Text)
{
    public static ResourceValue Of(EepResource resource, double number) => new(resource, number, null, null);

    public static ResourceValue Of(EepResource resource, bool boolean) => new(resource, null, boolean, null);

    public static ResourceValue Of(EepResource resource, string member) => new(resource, null, null, member);
}

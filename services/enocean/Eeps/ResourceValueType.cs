namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>Type of an object resource; <see cref="EepResource.TypeName"/> gives its name in the object model.</summary>
public enum ResourceValueType
{
    Number,
    Bool,
    Enum,
}

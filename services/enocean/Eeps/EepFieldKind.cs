namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>How a field's raw bits turn into a value.</summary>
public enum EepFieldKind
{
    /// <summary>A number: the raw value mapped linearly onto an engineering range.</summary>
    Scaled,

    /// <summary>A raw value with a meaning per value (e.g. which rocker button).</summary>
    Enum,

    /// <summary>One bit with a meaning for 0 and for 1 (e.g. contact open/closed).</summary>
    Flag,
}

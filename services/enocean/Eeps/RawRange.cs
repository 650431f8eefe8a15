namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>Raw values <see cref="Min"/> to <see cref="Max"/>, both included.</summary>
public readonly record struct RawRange(long Min, long Max)
{
    public static RawRange Of(long raw) => new(raw, raw);

    public bool Contains(long raw) => raw >= Min && raw <= Max;
}

namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// A bool resource computed from several fields of a case rather than read from one field (the
/// F6-02 rocker buttons). It is true when every match of any <see cref="TrueWhen"/> clause holds,
/// else false when every match of any <see cref="FalseWhen"/> clause holds, else unknown: the
/// telegram says nothing about it and the resource is not written.
/// </summary>
public sealed record EepDerivedFlag
{
    /// <summary>A clause with no matches: always holds. <c>FalseWhen = [Always]</c> means "otherwise false".</summary>
    public static IReadOnlyList<EepFieldMatch> Always { get; } = [];

    public required EepResource Resource { get; init; }

    public IReadOnlyList<IReadOnlyList<EepFieldMatch>> TrueWhen { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<EepFieldMatch>> FalseWhen { get; init; } = [];
}

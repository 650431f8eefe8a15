namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// A field whose unit another field of the same case selects by its raw value: A5-12 meter
/// readings (cumulative kWh or current W by <c>DT</c>), A5-09-0B radioactivity by <c>VUNIT</c>.
/// </summary>
public sealed record EepFieldUnits(string SelectorShortcut, IReadOnlyList<string> Units)
{
    public string? UnitFor(long selectorRaw) => selectorRaw >= 0 && selectorRaw < Units.Count ? Units[(int)selectorRaw] : null;
}

namespace Mobius.Micro.EnOcean.Eeps;

/// <summary>
/// A field whose value is multiplied by a factor another field of the same case selects by its
/// raw value: A5-12 meter readings divided by <c>DIV</c> (x/1, x/10, x/100, x/1000), A5-09-05 VOC
/// concentrations times the scale multiplier <c>SCM</c>. A raw selector value without a factor
/// leaves the value unscaled.
/// </summary>
public sealed record EepFieldFactor(string SelectorShortcut, IReadOnlyList<double> Factors)
{
    public double FactorFor(long selectorRaw) => selectorRaw >= 0 && selectorRaw < Factors.Count ? Factors[(int)selectorRaw] : 1;
}

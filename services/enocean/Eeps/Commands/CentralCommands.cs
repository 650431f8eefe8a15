namespace Mobius.Micro.EnOcean.Eeps.Commands;

/// <summary>A5-38-08 central commands to actuators: switching (command 1) and dimming (command 2).</summary>
public static class CentralCommands
{
    private const string Eep = "A5-38-08";
    private const int CommandBitOffset = 0;

    /// <summary>Command 1: switch on or off, for <paramref name="seconds"/> (a duration, or with <paramref name="delay"/> a delay; 0 for none).</summary>
    public static byte[] Switch(bool on, double seconds = 0, bool delay = false, bool locked = false)
    {
        var (definition, @case) = CatalogCases.WithCondition(Eep, CommandBitOffset, 1);
        var time = @case.Fields.First(field => field.Shortcut == "TIM");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long>
        {
            ["TIM"] = seconds == 0 ? 0 : EepEncoder.RawOf(time, seconds),
            ["LCK"] = locked ? 1 : 0,
            ["DEL"] = delay ? 1 : 0,
            ["SW"] = on ? 1 : 0,
        });
    }

    /// <summary>Command 2: dim to <paramref name="percent"/> (absolute, 0..100 %) over <paramref name="rampSeconds"/> (0..255 s).</summary>
    public static byte[] Dim(double percent, int rampSeconds, bool on = true, bool storeFinalValue = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rampSeconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rampSeconds, 255);
        var (definition, @case) = CatalogCases.WithCondition(Eep, CommandBitOffset, 2);
        var dimming = @case.Fields.First(field => field.Shortcut == "EDIM");
        return EepEncoder.Encode(definition, @case, new Dictionary<string, long>
        {
            ["EDIM"] = EepEncoder.RawOf(dimming, percent),
            ["RMP"] = rampSeconds,
            ["EDIM R"] = 0,
            ["STR"] = storeFinalValue ? 1 : 0,
            ["SW"] = on ? 1 : 0,
        });
    }
}

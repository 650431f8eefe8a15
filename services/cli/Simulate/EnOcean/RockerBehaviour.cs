using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>
/// An RPS switch, as a PTM module sends it: a press and then its release, again and again. A press
/// is the first case (the N-message of F6-02) with a random item in every enum field (the button)
/// and the energy bow (<c>EB</c>) pressed, every other flag 0 (no second action); the release is the
/// next case (the U-message: no button, bow released), or the first case with every field 0 when
/// the EEP has only one.
/// </summary>
public sealed class RockerBehaviour(EepDefinition definition) : IEepBehaviour
{
    private const string EnergyBow = "EB";

    private readonly IReadOnlyList<EepCase> _cases = EepSimulation.UplinkCases(definition);
    private bool _pressed;

    public EepReading Next(Random random)
    {
        _pressed = !_pressed;
        return _pressed ? Press(random) : Release();
    }

    private EepReading Press(Random random)
    {
        var @case = _cases[0];
        var raw = new long[@case.Fields.Count];
        for (var index = 0; index < raw.Length; index++)
        {
            var field = @case.Fields[index];
            raw[index] = field.Kind switch
            {
                EepFieldKind.Enum when field.EnumItems.Count > 0 => field.EnumItems[random.Next(field.EnumItems.Count)].Min,
                EepFieldKind.Flag when field.Shortcut == EnergyBow => 1,
                _ => 0,
            };
        }

        return new EepReading(@case, raw);
    }

    private EepReading Release()
    {
        var @case = _cases[Math.Min(1, _cases.Count - 1)];
        return new EepReading(@case, new long[@case.Fields.Count]);
    }
}

using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>
/// A measuring sensor (4BS and every RORG without a behaviour of its own): scaled fields drift;
/// enum and flag fields describe the device (e.g. "temperature sensor available") and keep their
/// last listed value. An EEP with several cases sends its own-direction cases in turn.
/// </summary>
public sealed class SensorBehaviour : IEepBehaviour
{
    private readonly IReadOnlyList<EepCase> _cases;
    private readonly ScaledFieldDrift?[][] _drifts;
    private int _telegrams;

    public SensorBehaviour(EepDefinition definition, Random random)
    {
        _cases = EepSimulation.UplinkCases(definition);
        _drifts =
        [
            .. _cases.Select(@case => @case.Fields
                .Select(field => field.Kind == EepFieldKind.Scaled ? new ScaledFieldDrift(field, random) : null)
                .ToArray()),
        ];
    }

    public EepReading Next(Random random)
    {
        var caseIndex = _telegrams++ % _cases.Count;
        var @case = _cases[caseIndex];
        var raw = new long[@case.Fields.Count];
        for (var index = 0; index < raw.Length; index++)
        {
            raw[index] = _drifts[caseIndex][index]?.Next(random) ?? EepFieldValues.LastListed(@case.Fields[index]);
        }

        return new EepReading(@case, raw);
    }
}

using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>
/// A 1BS contact (door, window): every state field (a flag, or an enum such as CO open/closed)
/// changes to another of its values with a chance of 30 % per telegram, except the learn bit,
/// which marks every telegram as data. Scaled fields drift as a <see cref="SensorBehaviour"/>'s do.
/// </summary>
public sealed class ContactBehaviour : IEepBehaviour
{
    private const double ChangeChance = 0.3;

    private readonly EepCase _case;
    private readonly ScaledFieldDrift?[] _drifts;
    private readonly long[] _current;
    private readonly int? _learnBit;

    public ContactBehaviour(EepDefinition definition, Random random)
    {
        _case = EepSimulation.UplinkCases(definition)[0];
        _learnBit = EepPayloadLayout.LearnBitOffset(definition, EepPayloadLayout.PayloadLength(definition, _case));
        _drifts = [.. _case.Fields.Select(field => field.Kind == EepFieldKind.Scaled ? new ScaledFieldDrift(field, random) : null)];
        _current = [.. _case.Fields.Select(EepFieldValues.LastListed)];
    }

    public EepReading Next(Random random)
    {
        for (var index = 0; index < _current.Length; index++)
        {
            var field = _case.Fields[index];
            if (_drifts[index] is { } drift)
            {
                _current[index] = drift.Next(random);
            }
            else if (field.BitOffset != _learnBit && random.NextDouble() < ChangeChance)
            {
                _current[index] = Changed(field, _current[index], random);
            }
        }

        return new EepReading(_case, [.. _current]);
    }

    private static long Changed(EepField field, long current, Random random)
    {
        if (field.Kind == EepFieldKind.Flag || field.EnumItems.Count < 2)
        {
            return current ^ 1;
        }

        var others = field.EnumItems.Where(item => item.Min != current).ToList();
        return others[random.Next(others.Count)].Min;
    }
}

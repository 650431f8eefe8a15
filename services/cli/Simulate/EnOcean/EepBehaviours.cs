using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;

namespace Mobius.Micro.Cli.Simulate.EnOcean;

/// <summary>Chooses how a device of an EEP behaves, by its RORG: rocker switches, contacts, or measuring sensors.</summary>
public static class EepBehaviours
{
    public static IEepBehaviour For(EepDefinition definition, Random random) => definition.Rorg switch
    {
        Rorg.Rps => new RockerBehaviour(definition),
        Rorg.OneBs => new ContactBehaviour(definition, random),
        _ => new SensorBehaviour(definition, random),
    };
}

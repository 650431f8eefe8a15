using CsCheck;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>
/// The EEP decoder over every definition of the catalog, both directions, with payloads of every
/// length up to 14 bytes and any status byte: a case or a typed error, fields that are numbers.
/// </summary>
public sealed class EepFuzzTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<EepDefinition> Definitions = EepCatalog.All;

    [Fact]
    public void Every_eep_definition_decodes_any_payload_or_refuses_it_with_a_typed_error()
    {
        var tried = new bool[Definitions.Count];
        var inputs = Gen.Select(Gen.Int[0, Definitions.Count - 1], Gen.Byte.Array[0, 14], Gen.Byte, Gen.Enum<EepDirection>());

        FuzzRun.Check(output, $"EEP decode ({Definitions.Count} definitions)", inputs, input =>
        {
            var (index, payload, status, direction) = input;
            var definition = Definitions[index];
            tried[index] = true;
            var fields = new DecodedField[definition.MaxFieldCount];
            if (EepDecoder.TryDecodeData(definition, payload, status, direction, fields, out var count, out var error))
            {
                Assert.All(fields[..count], field => Assert.False(double.IsNaN(field.Value), $"{definition.Eep} {field.Shortcut} is NaN"));
            }
            else
            {
                Assert.True(Enum.IsDefined(error), $"{definition.Eep}: undefined error {error}");
            }
        });

        Assert.All(Enumerable.Range(0, Definitions.Count), index => Assert.True(tried[index], $"{Definitions[index].Eep} got no input"));
    }
}

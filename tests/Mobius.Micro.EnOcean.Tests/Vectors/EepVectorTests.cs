using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>
/// Every vector that names an EEP decodes to its expected field values. A teach-in telegram with
/// field expectations (V023, V028: a peer decodes the bytes of a teach-in as data) is first checked
/// to be reported as teach-in, then its payload is decoded as data, as the decode command line shows it.
/// </summary>
public sealed class EepVectorTests
{
    public static TheoryData<string> VectorsWithEep => EnOceanVectors.IdsWithEep();

    [Theory]
    [MemberData(nameof(VectorsWithEep))]
    public void Vector_decodes_to_its_expected_field_values(string id)
    {
        var vector = EnOceanVectors.Get(id);

        var result = Decode(vector);

        FieldExpectations.AssertAll(vector, result);
    }

    private static EepDecodeResult Decode(EnOceanVector vector)
    {
        var eep = vector.Eep ?? throw new InvalidOperationException($"{vector.Id} names no EEP.");
        var direction = VectorDirections.Of(vector);
        if (vector.Kind == "eep_payload")
        {
            return EepDecoder.DecodeData(eep, VectorTelegrams.Bytes(vector.PayloadHex), vector.Status ?? 0, direction);
        }

        var telegram = vector.Kind == "erp1"
            ? VectorTelegrams.RawErp1(vector)
            : VectorTelegrams.TelegramIn(VectorTelegrams.Packet(vector)) ?? throw new InvalidOperationException($"{vector.Id} holds no radio telegram.");
        var decoded = EepDecoder.Decode(eep, telegram, direction);
        if (!decoded.IsTeachIn)
        {
            return decoded;
        }

        Assert.True(vector.Expectations.Any(expectation => expectation is { Name: "teach_in" } && expectation.Value.GetBoolean()), $"{vector.Id}: decoded as teach-in");
        return EepDecoder.DecodeData(eep, telegram.Payload.Span, telegram.Status.Raw, direction);
    }
}

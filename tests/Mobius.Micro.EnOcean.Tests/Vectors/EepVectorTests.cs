using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>
/// Every vector whose EEP the catalog has decodes to its expected field values. Vectors of other
/// EEPs are left out by the catalog, explicitly: they belong to the issue that adds those EEPs.
/// </summary>
public sealed class EepVectorTests
{
    public static TheoryData<string> VectorsOfCatalogEeps => EnOceanVectors.IdsWithCatalogEep();

    [Theory]
    [MemberData(nameof(VectorsOfCatalogEeps))]
    public void Vector_decodes_to_its_expected_field_values(string id)
    {
        var vector = EnOceanVectors.Get(id);

        var result = Decode(vector);

        FieldExpectations.AssertAll(vector, result);
    }

    private static EepDecodeResult Decode(EnOceanVector vector)
    {
        var eep = vector.Eep ?? throw new InvalidOperationException($"{vector.Id} names no EEP.");
        return vector.Kind switch
        {
            "esp3_frame" => EepDecoder.Decode(eep, VectorTelegrams.TelegramIn(VectorTelegrams.Packet(vector)) ?? throw new InvalidOperationException($"{vector.Id} holds no radio telegram.")),
            "erp1" => EepDecoder.Decode(eep, VectorTelegrams.RawErp1(vector)),
            "eep_payload" => EepDecoder.DecodeData(eep, VectorTelegrams.Bytes(vector.PayloadHex), vector.Status ?? 0),
            _ => throw new InvalidOperationException($"{vector.Id}: kind {vector.Kind} has no EEP payload."),
        };
    }
}

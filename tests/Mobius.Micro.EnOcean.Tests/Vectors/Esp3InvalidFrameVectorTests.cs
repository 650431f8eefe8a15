using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

public sealed class Esp3InvalidFrameVectorTests
{
    public static TheoryData<string> InvalidFrames => EnOceanVectors.IdsOfKind("esp3_frame_invalid");

    [Theory]
    [MemberData(nameof(InvalidFrames))]
    public void Invalid_frame_is_refused_with_its_expected_error(string id)
    {
        var vector = EnOceanVectors.Get(id);

        var parsed = Esp3PacketParser.TryParse(VectorTelegrams.Bytes(vector.Esp3Hex), out _, out var error);

        Assert.False(parsed);
        Assert.Equal(vector.ExpectedError, error.ToCode());
    }
}

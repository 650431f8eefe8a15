namespace Mobius.Micro.EnOcean.Tests.Vectors;

public sealed class Esp3FrameVectorTests
{
    public static TheoryData<string> Frames => EnOceanVectors.IdsOfKind("esp3_frame");

    public static TheoryData<string> RawErp1 => EnOceanVectors.IdsOfKind("erp1");

    [Theory]
    [MemberData(nameof(Frames))]
    public void Frame_parses_and_matches_its_frame_level_expectations(string id)
    {
        var vector = EnOceanVectors.Get(id);

        var packet = VectorTelegrams.Packet(vector);
        var telegram = VectorTelegrams.TelegramIn(packet);

        FrameExpectations.AssertAll(vector, packet, telegram);
    }

    [Theory]
    [MemberData(nameof(RawErp1))]
    public void Raw_erp1_bytes_parse_and_match_their_frame_level_expectations(string id)
    {
        var vector = EnOceanVectors.Get(id);

        var telegram = VectorTelegrams.RawErp1(vector);

        FrameExpectations.AssertAll(vector, packet: null, telegram);
    }
}

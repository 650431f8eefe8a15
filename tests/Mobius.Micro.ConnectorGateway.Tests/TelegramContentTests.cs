using Mobius.Micro.ConnectorGateway.Ingress;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.ConnectorGateway.Tests;

/// <summary>Rule 8 on the content of an <c>up</c> message, with the connector protocol's own example telegram.</summary>
public sealed class TelegramContentTests
{
    // The specification's example: A5-04-01 from sender 01879DE6.
    private const string ExampleEsp3 = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074";

    [Fact]
    public void A_valid_esp3_packet_is_accepted_and_names_its_sender()
    {
        Assert.True(TelegramContent.TryRead(RadioModule.EnOcean, ExampleEsp3, out var telegram, out _));

        Assert.Equal("enocean", telegram.Module);
        Assert.Equal("01879DE6", telegram.SenderUid);
        Assert.Equal(Convert.FromHexString(ExampleEsp3), telegram.Data);
    }

    [Theory]
    [InlineData("55000A0701EBA50071870A01879DE60001FFFFFFFF410075", "CRC8D_MISMATCH")]
    [InlineData("55000A0701ECA50071870A01879DE60001FFFFFFFF410074", "CRC8H_MISMATCH")]
    [InlineData("56000A0701EBA50071870A01879DE60001FFFFFFFF410074", "NO_SYNC")]
    [InlineData("55000A0701EBA50071870A01879DE60001FFFFFF", "INCOMPLETE")]
    [InlineData("55000A0701EBA50071870A01879DE60001FFFFFFFF41007400", "1 bytes after the ESP3 packet")]
    public void A_damaged_esp3_packet_is_refused_with_the_reason(string hex, string problem)
    {
        Assert.False(TelegramContent.TryRead(RadioModule.EnOcean, hex, out _, out var reported));

        Assert.Equal(problem, reported);
    }

    [Fact]
    public void A_workocc_frame_is_passed_to_its_decoder_unchanged_and_names_its_sensor()
    {
        const string frame = "A701014B1D00072A01012C5532";

        Assert.True(TelegramContent.TryRead(RadioModule.WorkOcc, frame, out var telegram, out _));

        Assert.Equal("workocc", telegram.Module);
        Assert.Equal("4B1D0007", telegram.SenderUid);
        Assert.Equal(Convert.FromHexString(frame), telegram.Data);
    }
}

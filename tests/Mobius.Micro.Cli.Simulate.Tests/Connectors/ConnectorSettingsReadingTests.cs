using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.ConnectorProtocol;

namespace Mobius.Micro.Cli.Simulate.Tests.Connectors;

public sealed class ConnectorSettingsReadingTests
{
    [Fact]
    public void Serials_follow_the_first_one()
    {
        var serials = ConnectorSerials.From(ConnectorSerial.Parse("MF_5A00FE"), 3);

        Assert.Equal(["MF_5A00FE", "MF_5A00FF", "MF_5A0100"], serials.Select(serial => serial.ToString()));
        Assert.Equal(0x5A00FE, ConnectorSerials.NumberOf(serials[0]));
    }

    [Fact]
    public void Serials_must_stay_within_MF_FFFFFF()
    {
        Assert.Null(ConnectorSerials.Problem(ConnectorSerial.Parse("MF_FFFFFE"), 2));
        Assert.NotNull(ConnectorSerials.Problem(ConnectorSerial.Parse("MF_FFFFFE"), 3));
    }

    [Fact]
    public void A_psk_file_has_one_serial_and_psk_per_line()
    {
        var (psks, problems) = PskFileReader.Read("psks.txt",
        [
            "# site A",
            "MF_5A0000=first connector psk",
            "",
            " MF_5A0001 =a psk with = and spaces ",
        ]);

        Assert.Empty(problems);
        Assert.Equal("first connector psk", psks[ConnectorSerial.Parse("MF_5A0000")]);
        Assert.Equal("a psk with = and spaces ", psks[ConnectorSerial.Parse("MF_5A0001")]);
    }

    [Fact]
    public void Bad_psk_file_lines_are_named_without_their_psk()
    {
        var (_, problems) = PskFileReader.Read("psks.txt",
        [
            "MF_5A0000=short",
            "mf_5a0001=a long enough psk here",
            "MF_5A0002 a long enough psk here",
            "MF_5A0003=a long enough psk here",
            "MF_5A0003=another long enough psk",
        ]);

        Assert.Equal(4, problems.Count);
        Assert.StartsWith("psks.txt line 1:", problems[0], StringComparison.Ordinal);
        Assert.DoesNotContain("short", problems[0], StringComparison.Ordinal);
        Assert.Contains("listed twice", problems[3], StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.WorkOcc.Tests;

/// <summary><c>workocc decode</c> exactly as decode-cli.md says: one JSON object per line in, one out, in order, exit 0.</summary>
public sealed class WorkOccDecodeCommandTests
{
    [Fact]
    public async Task The_spec_example_decodes_to_the_spec_output()
    {
        var (exitCode, lines) = await WorkOccDecodeRun.RunAsync("""{"hex":"A701014B1D00072A01012C5532"}""");

        Assert.Equal(0, exitCode);
        Assert.Equal(["""{"ok":true,"type":"occupancy","uid":"4B1D0007","seq":42,"fields":{"state":"occupied","sinceChange":300,"battery":85}}"""], lines);
    }

    [Theory]
    [InlineData("A701020000000102015A010EA8", """{"ok":true,"type":"heartbeat","uid":"00000001","seq":2,"fields":{"state":"occupied","battery":90,"fwMajor":1,"fwMinor":14}}""")]
    [InlineData("A70103DEADBEEF07FFFF000C000399", """{"ok":true,"type":"peopleCount","uid":"DEADBEEF","seq":7,"fields":{"in":65535,"out":12,"present":3}}""")]
    [InlineData("a701040000000a00086d5b01a468", """{"ok":true,"type":"environment","uid":"0000000A","seq":0,"fields":{"temperature":21.57,"humidity":45.5,"illuminance":420}}""")]
    [InlineData("A70104000000000BFC06FFFFFFF1", """{"ok":true,"type":"environment","uid":"00000000","seq":11,"fields":{"temperature":-10.18,"humidity":null,"illuminance":null}}""")]
    [InlineData("A7010512345678FFFF0ABE038B", """{"ok":true,"type":"health","uid":"12345678","seq":255,"fields":{"battery":null,"batteryMv":2750,"tamper":true,"lowBattery":true,"sensorFault":false}}""")]
    [InlineData("A70101000000010002FFFF64B5", """{"ok":true,"type":"occupancy","uid":"00000001","seq":0,"fields":{"state":"unknown","sinceChange":null,"battery":100}}""")]
    public async Task Every_message_type_decodes_with_its_fields(string hex, string expected)
    {
        var (_, lines) = await WorkOccDecodeRun.RunAsync($$"""{"hex":"{{hex}}"}""");

        Assert.Equal([expected], lines);
    }

    [Theory]
    [InlineData("55", "NO_SYNC")]
    [InlineData("A702014B1D00072A01012C5532", "BAD_VERSION")]
    [InlineData("A701094B1D00072A01012C5532", "UNKNOWN_TYPE")]
    [InlineData("A701014B1D00072A01012C55", "BAD_LENGTH")]
    [InlineData("A701014B1D00072A01012C5533", "CRC_MISMATCH")]
    [InlineData("A7010100000001000300006558", "BAD_PAYLOAD")]
    [InlineData("A7010X", "BAD_HEX")]
    [InlineData("A70", "BAD_HEX")]
    public async Task Every_error_code_is_an_ok_false_line(string hex, string code)
    {
        var (exitCode, lines) = await WorkOccDecodeRun.RunAsync($$"""{"hex":"{{hex}}"}""");

        Assert.Equal(0, exitCode);
        var line = JsonNode.Parse(Assert.Single(lines))!.AsObject();
        Assert.False(line["ok"]!.GetValue<bool>());
        Assert.Equal(code, line["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(line["message"]!.GetValue<string>()));
        Assert.Equal(["ok", "error", "message"], line.Select(property => property.Key));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"hex":42}""")]
    [InlineData("""{"hex":null}""")]
    public async Task A_line_without_a_hex_string_is_BAD_HEX(string line)
    {
        var (_, lines) = await WorkOccDecodeRun.RunAsync(line);

        Assert.Equal("BAD_HEX", JsonNode.Parse(Assert.Single(lines))!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_lines_never_stop_the_stream_and_answers_keep_the_input_order()
    {
        var (exitCode, lines) = await WorkOccDecodeRun.RunAsync(
            """{"hex":"A701014B1D00072A01012C5532"}""",
            "this is not json",
            """{"hex":"A701014B1D00072A01012C5533"}""",
            "",
            """[1,2,3]""",
            """{"hex":"A701014B1D00072A01012C5532"}""");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [(true, null), (false, "BAD_JSON"), (false, "CRC_MISMATCH"), (false, "BAD_JSON"), (true, null)],
            lines.Select(line => JsonNode.Parse(line)!.AsObject()).Select(line => (line["ok"]!.GetValue<bool>(), line["error"]?.GetValue<string>())));
    }

    [Fact]
    public async Task No_input_gives_no_output_and_exit_code_0()
    {
        var (exitCode, lines) = await WorkOccDecodeRun.RunAsync();

        Assert.Equal(0, exitCode);
        Assert.Empty(lines);
    }
}

using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.EnOcean.Tests;

/// <summary><c>enocean decode</c> exactly as decode-cli.md says: one JSON object per line in, one out, in order, exit 0.</summary>
public sealed class EnOceanDecodeCommandTests
{
    private const string SpecPacket = "55000A0701EBA50071870A01879DE60001FFFFFFFF410074";

    /// <summary>As the tool writes it: units such as °C unescaped.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_spec_example_decodes_to_the_spec_output()
    {
        var line = await EnOceanDecodeRun.DecodeAsync($$"""{"hex":"{{SpecPacket}}","eep":"A5-04-01"}""");

        // decode-cli.md's example, plus the payload and the packet's data as hex.
        Assert.Equal(
            """{"ok":true,"packetType":1,"rorg":"A5","senderId":"01879DE6","status":0,"repeaterCount":0,"subTelNum":1,"destinationId":"FFFFFFFF","dBm":-65,"securityLevel":0,"payload":"0071870A","teachIn":false,"eep":"A5-04-01","fields":{"HUM":{"value":45.2,"raw":113,"unit":"%"},"TMP":{"value":21.6,"raw":135,"unit":"°C"},"TSN":{"value":1,"raw":1,"description":"available"}},"data":"A50071870A01879DE600","optionalData":"01FFFFFFFF4100"}""",
            line.ToJsonString(AsWritten));
    }

    [Fact]
    public async Task Lower_case_hex_and_no_eep_give_the_frame_only()
    {
        var line = await EnOceanDecodeRun.DecodeAsync($$"""{"hex":"{{SpecPacket.ToLowerInvariant()}}"}""");

        Assert.True(line["ok"]!.GetValue<bool>());
        Assert.Equal("01879DE6", line["senderId"]!.GetValue<string>());
        Assert.False(line.ContainsKey("fields"));
        Assert.False(line.ContainsKey("eep"));
    }

    [Fact]
    public async Task Raw_erp1_data_decodes_without_packet_fields()
    {
        var line = await EnOceanDecodeRun.DecodeAsync("""{"erp1":"A50071870A01879DE600","eep":"A5-04-01"}""");

        Assert.False(line.ContainsKey("packetType"));
        Assert.Equal(21.6, line["fields"]!["TMP"]!["value"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task A_bare_payload_decodes_with_its_status_and_direction()
    {
        // A5-20-01 to the valve (direction 2): SP 50 % (SPS = 0).
        var line = await EnOceanDecodeRun.DecodeAsync("""{"payload":"32000008","eep":"A5-20-01","status":0,"direction":2}""");

        Assert.Equal("""{"ok":true,"eep":"A5-20-01","status":0,"fields":{"SP":{"value":50,"raw":50,"unit":"%"},"TMP":{"value":40,"raw":0,"unit":"°C"},"RIN":{"value":0,"raw":0},"LFS":{"value":0,"raw":0},"VO":{"value":0,"raw":0},"VC":{"value":0,"raw":0},"SB":{"value":0,"raw":0},"SPS":{"value":0,"raw":0,"description":"Valve position (0-100%). Unit respond to controller."},"SPN":{"value":0,"raw":0},"RCU":{"value":0,"raw":0,"description":"RCU"}}}""", line.ToJsonString(AsWritten));
    }

    [Fact]
    public async Task A_stream_gives_one_object_per_packet()
    {
        // RESPONSE RET_OK, then an F6 telegram, with junk before and between them.
        var line = await EnOceanDecodeRun.DecodeAsync("""{"hex":"0055AA550001000265000055000707017AF670018D88BD3001FFFFFFFF4F00A9","eep":"F6-02-01"}""");

        var packets = line["packets"]!.AsArray();
        Assert.Equal(2, packets.Count);
        Assert.Equal("RET_OK", packets[0]!["returnCodeName"]!.GetValue<string>());
        Assert.Equal("018D88BD", packets[1]!["senderId"]!.GetValue<string>());
        Assert.Equal(3, packets[1]!["fields"]!["R1"]!["raw"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_4bs_teach_in_gives_its_func_type_and_manufacturer()
    {
        // A5-02-05 teach-in: FUNC 0x02, TYPE 0x05, manufacturer 0x7FF, variant 2 (DB0 = 0x80).
        var line = await EnOceanDecodeRun.DecodeAsync("""{"erp1":"A5082FFF8001A5020500","eep":"A5-02-05"}""");

        Assert.True(line["teachIn"]!.GetValue<bool>());
        Assert.Equal(2, line["teachInFunc"]!.GetValue<int>());
        Assert.Equal(5, line["teachInType"]!.GetValue<int>());
        Assert.Equal(0x7FF, line["teachInManufacturer"]!.GetValue<int>());
        Assert.False(line.ContainsKey("fields"));
    }

    [Fact]
    public async Task A_ute_query_gives_its_eep_and_flags()
    {
        var line = await EnOceanDecodeRun.DecodeAsync("""{"erp1":"D440FF0B004114D20414155980"}""");

        Assert.True(line["teachIn"]!.GetValue<bool>());
        Assert.Equal(0, line["uteCommand"]!.GetValue<int>());
        Assert.Equal("teach-in", line["uteRequest"]!.GetValue<string>());
        Assert.Equal("D2-14-41", line["uteEep"]!.GetValue<string>());
        Assert.Equal(0x00B, line["uteManufacturer"]!.GetValue<int>());
        Assert.False(line["uteBidirectional"]!.GetValue<bool>());
        Assert.False(line["uteResponseExpected"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"hex":"000C0701FFD200000000FF03FF8200858000FFFFFFFF410099"}""", "NO_SYNC")]
    [InlineData("""{"hex":"55000C070196"}""", "INCOMPLETE")]
    [InlineData("""{"hex":"55000C0701FFD200000000FF03FF8200858000FFFFFFFF410099"}""", "CRC8H_MISMATCH")]
    [InlineData("""{"hex":"55000707017AF610FEF7D96E0001FFFFFFFF4400ED"}""", "CRC8D_MISMATCH")]
    [InlineData("""{"hex":"55000C07FF62D200000000FF03FF8200858000FFFFFFFF410099"}""", "UNKNOWN_PACKET_TYPE")]
    [InlineData("""{"hex":"55ZZ"}""", "BAD_HEX")]
    [InlineData("""{"hex":"550"}""", "BAD_HEX")]
    [InlineData("""{"hex":42}""", "BAD_HEX")]
    [InlineData("""{}""", "BAD_HEX")]
    [InlineData("""{"hex":"55000A0701EBA50071870A01879DE60001FFFFFFFF410074","eep":"A5-99-99"}""", "UNKNOWN_EEP")]
    [InlineData("""{"payload":"0071","eep":"A5-04-01"}""", "PAYLOAD_TOO_SHORT")]
    [InlineData("""{"payload":"0071870A"}""", "UNKNOWN_EEP")]
    [InlineData("""{"erp1":"A50071870A01879DE600","eep":"F6-02-01"}""", "RORG_MISMATCH")]
    [InlineData("""{"payload":"00","eep":"A5-04-01","status":300}""", "BAD_STATUS")]
    [InlineData("""{"payload":"00","eep":"A5-04-01","direction":3}""", "BAD_DIRECTION")]
    [InlineData("""not json""", "BAD_JSON")]
    public async Task Every_error_is_an_ok_false_line_with_its_code(string input, string code)
    {
        var (exitCode, lines) = await EnOceanDecodeRun.RunAsync(input);

        Assert.Equal(0, exitCode);
        var line = JsonNode.Parse(Assert.Single(lines))!.AsObject();
        Assert.Equal(["ok", "error", "message"], line.Select(property => property.Key));
        Assert.False(line["ok"]!.GetValue<bool>());
        Assert.Equal(code, line["error"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(line["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Output_lines_keep_the_order_of_input_lines_and_skip_blank_ones()
    {
        var (exitCode, lines) = await EnOceanDecodeRun.RunAsync($$"""{"hex":"{{SpecPacket}}"}""", "", """{"hex":"zz"}""", """{"erp1":"D5090102030400"}""");

        Assert.Equal(0, exitCode);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"01879DE6\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("BAD_HEX", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"01020304\"", lines[2], StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.EnOcean.Tests;

/// <summary>
/// Checks an output line of <c>enocean decode</c> against a vector's expectations: frame-level keys
/// map onto the command line's keys (<c>sender_id</c> → <c>senderId</c>, <c>dbm</c> → <c>dBm</c>, ...),
/// upper-case keys onto <c>fields</c> (a number within the vector's tolerance, <c>{"raw": n}</c>, or a
/// substring of the description), <c>expected_error</c> onto an <c>ok:false</c> line.
/// </summary>
internal static class VectorOutputChecks
{
    private static readonly Dictionary<string, string> SameValueKeys = new()
    {
        ["packet_type"] = "packetType", ["sender_id"] = "senderId", ["status"] = "status", ["repeater_count"] = "repeaterCount",
        ["rorg"] = "rorg", ["payload"] = "payload", ["dbm"] = "dBm", ["subtel"] = "subTelNum", ["destination"] = "destinationId",
        ["teach_in"] = "teachIn", ["teachin_func"] = "teachInFunc", ["teachin_type"] = "teachInType",
        ["teachin_manufacturer"] = "teachInManufacturer", ["ute_eep"] = "uteEep", ["ute_cmd"] = "uteCommand",
        ["ute_bidirectional"] = "uteBidirectional", ["ute_response_expected"] = "uteResponseExpected", ["ute_request"] = "uteRequest",
        ["ute_result"] = "uteResult", ["ute_manufacturer"] = "uteManufacturer", ["erp2_originator"] = "senderId",
        ["erp2_telegram_type"] = "erp2TelegramType", ["erp2_crc_ok"] = "ok", ["command_code"] = "commandCode", ["command"] = "command",
        ["return_code"] = "returnCode", ["base_id"] = "baseId", ["msc_manufacturer"] = "mscManufacturer",
    };

    public static void AssertMatches(SharedVector vector, JsonObject line)
    {
        if (vector.ExpectedError is { } code)
        {
            Assert.False(line["ok"]!.GetValue<bool>(), $"{vector.Id}: {line.ToJsonString()}");
            Assert.Equal(code, line["error"]!.GetValue<string>());
            return;
        }

        Assert.True(line["ok"]!.GetValue<bool>(), $"{vector.Id}: {line.ToJsonString()}");
        foreach (var expectation in vector.Expected.EnumerateObject())
        {
            AssertOne($"{vector.Id} {expectation.Name}", expectation.Name, expectation.Value, line, vector.Tolerance ?? 0);
        }
    }

    private static void AssertOne(string what, string key, JsonElement expected, JsonObject line, double tolerance)
    {
        switch (key)
        {
            case var same when SameValueKeys.TryGetValue(same, out var outputKey):
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.GetRawText()), line[outputKey]), $"{what}: expected {expected}, got {line[outputKey]?.ToJsonString()}");
                break;
            case "dbm_raw":
                Assert.Equal(-expected.GetInt32(), line["dBm"]!.GetValue<int>());
                break;
            case "T21" or "NU":
                Assert.Equal(expected.GetInt32() == 1, line[key.ToLowerInvariant()]!.GetValue<bool>());
                break;
            case "data_len":
                Assert.Equal(expected.GetInt32() * 2, line["data"]!.GetValue<string>().Length);
                break;
            case "opt_len":
                Assert.Equal(expected.GetInt32() * 2, line["optionalData"]?.GetValue<string>().Length ?? 0);
                break;
            case "lrn_type_with_eep":
                Assert.Equal(expected.GetBoolean(), line.ContainsKey("teachInFunc"));
                break;
            case "position":
                AssertDescription(what, expected.GetString(), line["fields"]!["WIN"]!.AsObject());
                break;
            case "packet_count":
                Assert.Equal(expected.GetInt32(), line["packets"]!.AsArray().Count);
                break;
            case "packet_0_data":
                Assert.Equal(expected.GetString(), line["packets"]![0]!["data"]!.GetValue<string>());
                break;
            case var packets when packets.StartsWith("packets_from_", StringComparison.Ordinal):
                var sender = packets["packets_from_".Length..];
                Assert.Equal(expected.GetInt32(), line["packets"]!.AsArray().Count(packet => packet?["senderId"]?.GetValue<string>() == sender));
                break;
            case var shortcut when char.IsUpper(shortcut[0]):
                AssertField(what, expected, line["fields"]?[shortcut]?.AsObject(), tolerance);
                break;
            default:
                throw new InvalidOperationException($"{what}: no check for this key");
        }
    }

    private static void AssertField(string what, JsonElement expected, JsonObject? field, double tolerance)
    {
        Assert.True(field is not null, $"{what}: no such field");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Number:
                var value = field["value"]!.GetValue<double>();
                var allowed = Math.Max(tolerance, 1e-9 * Math.Max(1, Math.Abs(expected.GetDouble())));
                Assert.True(Math.Abs(expected.GetDouble() - value) <= allowed, $"{what}: expected {expected.GetDouble()} ± {tolerance}, got {value}");
                break;
            case JsonValueKind.String:
                AssertDescription(what, expected.GetString(), field);
                break;
            default:
                Assert.Equal(expected.GetProperty("raw").GetInt64(), field["raw"]!.GetValue<long>());
                if (expected.TryGetProperty("desc", out var description))
                {
                    AssertDescription(what, description.GetString(), field);
                }

                break;
        }
    }

    private static void AssertDescription(string what, string? expected, JsonObject field)
    {
        var description = field["description"]?.GetValue<string>();
        Assert.True(expected is not null && description?.Contains(expected, StringComparison.Ordinal) == true, $"{what}: expected text containing '{expected}', got '{description}'");
    }
}

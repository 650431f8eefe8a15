using System.Text.Json;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Erp2;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Vectors;

/// <summary>Asserts a vector's frame-level expectations against what the library read.</summary>
internal static class FrameExpectations
{
    public static void AssertAll(EnOceanVector vector, Esp3Packet? packet, IRadioTelegram? telegram)
    {
        foreach (var expectation in vector.Expectations.Where(property => ExpectationKeys.Frame.Contains(property.Name)))
        {
            AssertOne(vector.Id, expectation.Name, expectation.Value, packet, telegram);
        }
    }

    private static void AssertOne(string id, string key, JsonElement expected, Esp3Packet? packet, IRadioTelegram? telegram)
    {
        var what = $"{id} {key}";
        switch (key)
        {
            case "packet_type":
                Assert.Equal(expected.GetInt32(), (int)Required(packet, what).PacketType);
                break;
            case "data_len":
                Assert.Equal(expected.GetInt32(), Required(packet, what).Data.Length);
                break;
            case "opt_len":
                Assert.Equal(expected.GetInt32(), Required(packet, what).OptionalData.Length);
                break;
            case "sender_id":
                Assert.Equal(expected.GetString(), Required(telegram, what).SenderId);
                break;
            case "status":
                Assert.Equal(expected.GetInt32(), Required(telegram, what).Status.Raw);
                break;
            case "T21":
                Assert.Equal(expected.GetInt32() == 1, Required(telegram, what).Status.T21);
                break;
            case "NU":
                Assert.Equal(expected.GetInt32() == 1, Required(telegram, what).Status.NU);
                break;
            case "repeater_count":
                Assert.Equal(expected.GetInt32(), Required(telegram, what).Status.RepeaterCount);
                break;
            case "rorg":
                Assert.Equal(expected.GetString(), ((byte)Required(telegram, what).Rorg).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "payload":
                Assert.Equal(expected.GetString(), Convert.ToHexString(Required(telegram, what).Payload.Span));
                break;
            case "dbm":
                Assert.Equal(expected.GetInt32(), Required(telegram, what).Dbm);
                break;
            case "dbm_raw":
                Assert.Equal(-expected.GetInt32(), Required(telegram, what).Dbm);
                break;
            case "subtel":
                Assert.Equal(expected.GetInt32(), (int?)Required(telegram, what).SubTelegramNumber);
                break;
            case "destination":
                Assert.Equal(expected.GetString(), Required(telegram, what).DestinationId);
                break;
            case "teach_in":
                Assert.Equal(expected.GetBoolean(), Required(telegram, what).IsTeachIn);
                break;
            case "teachin_func":
                Assert.Equal(expected.GetInt32(), FourBs(telegram, what).Func);
                break;
            case "teachin_type":
                Assert.Equal(expected.GetInt32(), FourBs(telegram, what).Type);
                break;
            case "teachin_manufacturer":
                Assert.Equal(expected.GetInt32(), FourBs(telegram, what).ManufacturerId);
                break;
            case "lrn_type_with_eep":
                Assert.Equal(expected.GetBoolean(), FourBsTeachIn.TryRead(Required(telegram, what), out _));
                break;
            case "ute_eep":
                Assert.Equal(expected.GetString(), Ute(telegram, what).Eep);
                break;
            case "ute_cmd":
                Assert.Equal(expected.GetInt32(), (int)Ute(telegram, what).Command);
                break;
            case "ute_bidirectional":
                Assert.Equal(expected.GetBoolean(), Ute(telegram, what).IsBidirectional);
                break;
            case "ute_response_expected":
                Assert.Equal(expected.GetBoolean(), Ute(telegram, what).IsResponseExpected);
                break;
            case "ute_request":
                Assert.Equal(UteRequestNamed(expected.GetString()), Ute(telegram, what).Request);
                break;
            case "ute_result":
                Assert.Equal(UteResultNamed(expected.GetString()), Ute(telegram, what).Result);
                break;
            case "ute_manufacturer":
                Assert.Equal(expected.GetInt32(), Ute(telegram, what).ManufacturerId);
                break;
            case "erp2_originator":
                Assert.Equal(expected.GetString(), Erp2(telegram, what).SenderId);
                break;
            case "erp2_telegram_type":
                Assert.Equal(expected.GetInt32(), Erp2(telegram, what).TelegramType);
                break;
            case "command_code":
                Assert.Equal(expected.GetInt32(), CommonCommand(packet, what));
                break;
            case "command":
                Assert.Equal(expected.GetString(), CommonCommandNames.NameOf(CommonCommand(packet, what)));
                break;
            case "return_code":
                Assert.Equal(expected.GetInt32(), Response(packet, what).ReturnCode);
                break;
            case "base_id":
                Assert.Equal(expected.GetString(), Response(packet, what).BaseId?.ToString("X8", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "msc_manufacturer":
                Assert.True(MscManufacturer.TryRead(Required(telegram, what), out var manufacturer), $"{what}: not an MSC telegram");
                Assert.Equal(expected.GetInt32(), manufacturer);
                break;
            case "erp2_crc_ok":
                // The parser refuses ERP2 telegrams whose CRC fails, so a parsed one has a good CRC.
                Assert.True(expected.GetBoolean());
                Erp2(telegram, what);
                break;
            default:
                throw new InvalidOperationException($"{what}: no check for this key");
        }
    }

    private static T Required<T>(T? value, string what)
        where T : class
    {
        Assert.True(value is not null, $"{what}: nothing to check it against");
        return value;
    }

    private static Esp3Packet Required(Esp3Packet? packet, string what)
    {
        Assert.True(packet.HasValue, $"{what}: not an ESP3 vector");
        return packet.Value;
    }

    private static byte CommonCommand(Esp3Packet? packet, string what)
    {
        var data = Required(packet, what).Data.Span;
        Assert.Equal(Esp3PacketType.CommonCommand, packet!.Value.PacketType);
        return data[0];
    }

    private static Esp3Response Response(Esp3Packet? packet, string what)
    {
        Assert.True(Esp3Response.TryRead(Required(packet, what), out var response), $"{what}: not a RESPONSE packet");
        return response;
    }

    private static FourBsTeachIn FourBs(IRadioTelegram? telegram, string what)
    {
        Assert.True(FourBsTeachIn.TryRead(Required(telegram, what), out var teachIn), $"{what}: not a 4BS teach-in with EEP");
        return teachIn;
    }

    private static UteTeachIn Ute(IRadioTelegram? telegram, string what)
    {
        Assert.True(UteTeachIn.TryRead(Required(telegram, what), out var teachIn), $"{what}: not a UTE telegram");
        return teachIn;
    }

    private static Erp2Telegram Erp2(IRadioTelegram? telegram, string what) =>
        Assert.IsType<Erp2Telegram>(Required(telegram, what));

    private static UteRequest UteRequestNamed(string? text) => text switch
    {
        "teach-in" => UteRequest.TeachIn,
        "teach-in deletion" => UteRequest.TeachInDeletion,
        "teach-in or deletion (not specified)" => UteRequest.TeachInOrDeletionNotSpecified,
        _ => throw new InvalidOperationException($"No UTE request named '{text}'."),
    };

    private static UteResult UteResultNamed(string? text) => text switch
    {
        "accepted: teach-in successful" => UteResult.AcceptedTeachIn,
        _ => throw new InvalidOperationException($"No UTE result named '{text}'."),
    };
}

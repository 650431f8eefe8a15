using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Eeps.Decoding;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Erp2;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOcean.Tests.Fuzz;

/// <summary>
/// Everything the library does with received bytes, run on one frame: ESP3 framing, the stream
/// reader, ERP1/ERP2 telegrams (both readers), teach-in readers, MSC and RESPONSE contents, and
/// the EEP decoder with a catalog EEP in both directions. Returns how far the frame got.
/// </summary>
internal static class FramePipeline
{
    private static readonly IReadOnlyList<EepDefinition> Definitions = EepCatalog.All;

    public static int Run(byte[] frame, int eepIndex)
    {
        Esp3StreamReader.ReadAll(frame);
        if (!Esp3PacketParser.TryParse(frame, out var packet, out var error))
        {
            return Typed(error);
        }

        var definition = Definitions[eepIndex % Definitions.Count];
        switch (packet.PacketType)
        {
            case Esp3PacketType.RadioErp1:
                return Erp1(packet, definition);
            case Esp3PacketType.RadioErp2:
                return Erp2TelegramParser.TryParse(packet, out var erp2, out error) ? Decode(erp2, definition) : Typed(error);
            case Esp3PacketType.Response:
                return Esp3Response.TryRead(packet, out var response) && response.BaseId is not null ? 3 : 2;
            default:
                return packet.Data.IsEmpty ? 2 : (CommonCommandNames.NameOf(packet.Data.Span[0]) ?? EventCodeNames.NameOf(packet.Data.Span[0])) is null ? 2 : 3;
        }
    }

    private static int Erp1(Esp3Packet packet, EepDefinition definition)
    {
        var inPlace = Erp1Frame.TryRead(packet.Data.Span, packet.OptionalData.Span, out var frame, out var frameError);
        if (!Erp1TelegramParser.TryParse(packet, out var telegram, out var error))
        {
            Assert.False(inPlace);
            return Typed(error);
        }

        Assert.True(inPlace, frameError.ToCode());
        Assert.Equal(telegram.Payload.Length, frame.Payload.Length);
        var fields = new DecodedField[definition.MaxFieldCount];
        EepDecoder.TryDecodeData(definition, frame.Payload, frame.Status.Raw, EepDirection.FromDevice, fields, out _, out _);
        MscManufacturer.TryRead(telegram, out _);
        return Decode(telegram, definition);
    }

    private static int Decode(IRadioTelegram telegram, EepDefinition definition)
    {
        FourBsTeachIn.TryRead(telegram, out _);
        UteTeachIn.TryRead(telegram, out _);
        var fromDevice = EepDecoder.Decode(definition, telegram);
        var toDevice = EepDecoder.DecodeData(definition, telegram.Payload.Span, telegram.Status.Raw, EepDirection.ToDevice);
        foreach (var field in fromDevice.Fields.Concat(toDevice.Fields))
        {
            Assert.False(double.IsNaN(field.Value), $"{definition.Eep} {field.Shortcut} is NaN");
        }

        return fromDevice.IsSuccess ? 5 : 4;
    }

    private static int Typed(EnOceanErrorCode error)
    {
        Assert.True(Enum.IsDefined(error));
        Assert.NotEmpty(error.ToCode());
        return 1;
    }
}

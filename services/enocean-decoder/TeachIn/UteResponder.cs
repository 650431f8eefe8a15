using System.Globalization;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;
using Mobius.Micro.EnOcean.Esp3;

namespace Mobius.Micro.EnOceanDecoder.TeachIn;

/// <summary>
/// The UTE teach-in response a query asks for, as a downlink request to the connector that heard
/// the query: addressed to the device, from <see cref="EnOceanDecoderOptions.TransmitterId"/>.
/// Accepted when the sender has a device object or auto-provisioning will create one; "EEP not
/// supported" when the project cannot decode the EEP; no answer otherwise (a person decides).
/// </summary>
public sealed class UteResponder(IOptions<EnOceanDecoderOptions> options)
{
    private readonly uint _transmitterId = uint.Parse(options.Value.TransmitterId, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public bool IsEnabled => options.Value.SendUteResponses;

    /// <summary>The result to answer with, or null when the decoder does not answer.</summary>
    public UteResult? ResultFor(TeachInAnnouncement announcement, bool deviceKnown) => announcement switch
    {
        { Ute: null } or { Ute.IsResponseExpected: false } => null,
        { EepSupported: false } => UteResult.RejectedEepNotSupported,
        { Ute.Request: UteRequest.TeachInDeletion } when deviceKnown => UteResult.AcceptedDeletion,
        _ when deviceKnown || options.Value.AutoProvision => UteResult.AcceptedTeachIn,
        _ => null,
    };

    public SendEnOceanDownlink Response(UteTeachIn query, UteResult result, string senderId, string connectorUri)
    {
        var device = uint.Parse(senderId, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var radio = Erp1TelegramWriter.Write(Rorg.Ute, UteTeachInResponse.Payload(query, result), _transmitterId);
        return new SendEnOceanDownlink
        {
            DownlinkId = Guid.NewGuid().ToString(),
            ConnectorUri = connectorUri,
            RawData = Esp3PacketWriter.WriteRawData(Esp3PacketType.RadioErp1, radio, Erp1TelegramWriter.OptionalDataFor(device)),
        };
    }
}

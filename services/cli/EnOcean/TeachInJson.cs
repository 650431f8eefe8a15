using System.Text.Json.Nodes;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Erp1;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>
/// The teach-in details of a telegram: <c>teachInFunc</c>, <c>teachInType</c>,
/// <c>teachInManufacturer</c> (and <c>teachInEep</c>) of a 4BS variant 2 teach-in; <c>uteCommand</c>,
/// <c>uteRequest</c> or <c>uteResult</c>, <c>uteEep</c>, <c>uteManufacturer</c>, <c>uteChannels</c>,
/// <c>uteBidirectional</c>, <c>uteResponseExpected</c> of a UTE telegram.
/// </summary>
internal static class TeachInJson
{
    /// <summary>Adds the details; true when the telegram announces its EEP (it then carries no data).</summary>
    public static bool Add(JsonObject json, IRadioTelegram telegram)
    {
        if (FourBsTeachIn.TryRead(telegram, out var fourBs))
        {
            json["teachInFunc"] = fourBs.Func;
            json["teachInType"] = fourBs.Type;
            json["teachInManufacturer"] = fourBs.ManufacturerId;
            json["teachInEep"] = fourBs.Eep;
            return true;
        }

        if (UteTeachIn.TryRead(telegram, out var ute))
        {
            json["uteCommand"] = (int)ute.Command;
            if (ute.Request is { } request)
            {
                json["uteRequest"] = request switch
                {
                    UteRequest.TeachIn => "teach-in",
                    UteRequest.TeachInDeletion => "teach-in deletion",
                    _ => "teach-in or deletion (not specified)",
                };
            }

            if (ute.Result is { } result)
            {
                json["uteResult"] = result switch
                {
                    UteResult.RejectedGeneralReason => "rejected: general reason",
                    UteResult.AcceptedTeachIn => "accepted: teach-in successful",
                    UteResult.AcceptedDeletion => "accepted: deletion successful",
                    _ => "rejected: EEP not supported",
                };
            }

            json["uteEep"] = ute.Eep;
            json["uteManufacturer"] = ute.ManufacturerId;
            json["uteChannels"] = ute.ChannelCount;
            json["uteBidirectional"] = ute.IsBidirectional;
            json["uteResponseExpected"] = ute.IsResponseExpected;
            return true;
        }

        return false;
    }
}

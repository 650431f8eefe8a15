using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps;
using Mobius.Micro.EnOcean.Erp1;

namespace Mobius.Micro.EnOceanDecoder.TeachIn;

/// <summary>
/// What a teach-in telegram announces: a 4BS teach-in of variant 2 its EEP and manufacturer (variant
/// 1 nothing), a 1BS teach-in the one 1BS EEP D5-00-01, a UTE query its EEP, manufacturer, request
/// and whether it wants an answer.
/// </summary>
public sealed record TeachInAnnouncement(string Kind, string? Eep, int? ManufacturerId, UteTeachIn? Ute)
{
    public const string FourBs = "4BS";
    public const string OneBs = "1BS";
    public const string Universal = "UTE";

    private const string OneBsEep = "D5-00-01";

    /// <summary>Whether the project decodes the announced EEP.</summary>
    public bool EepSupported => Eep is not null && EepCatalog.TryGet(Eep, out _);

    /// <summary>Whether the device asks to be taught in (not out): every 4BS and 1BS teach-in, a UTE query for teach-in.</summary>
    public bool AsksForTeachIn => Ute is null || (Ute.Command == UteCommand.TeachInQuery && Ute.Request != UteRequest.TeachInDeletion);

    /// <summary>The announcement of a teach-in telegram; null for a data telegram or a UTE response.</summary>
    public static TeachInAnnouncement? Of(IRadioTelegram telegram)
    {
        if (!telegram.IsTeachIn)
        {
            return null;
        }

        return telegram.Rorg switch
        {
            Rorg.FourBs => FourBsTeachIn.TryRead(telegram, out var fourBs)
                ? new TeachInAnnouncement(FourBs, fourBs.Eep, fourBs.ManufacturerId, null)
                : new TeachInAnnouncement(FourBs, null, null, null),
            Rorg.OneBs => new TeachInAnnouncement(OneBs, OneBsEep, null, null),
            Rorg.Ute when UteTeachIn.TryRead(telegram, out var ute) && ute.Command == UteCommand.TeachInQuery =>
                new TeachInAnnouncement(Universal, ute.Eep, ute.ManufacturerId, ute),
            _ => null,
        };
    }
}

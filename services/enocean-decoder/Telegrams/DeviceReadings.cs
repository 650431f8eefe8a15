using Mobius.Micro.Contracts;
using Mobius.Micro.EnOcean;
using Mobius.Micro.EnOcean.Eeps.Decoding;

namespace Mobius.Micro.EnOceanDecoder.Telegrams;

/// <summary>
/// Turns a decoded telegram into the values of its device object: the telegram's own config
/// resources (<c>0C</c> status, <c>0D</c> dBm, <c>0E</c> lrn for 4BS/1BS) and the EEP's data resources:
/// numbers, bools, and enum members as text.
/// </summary>
public static class DeviceReadings
{
    public const string StatusRid = "0C";
    public const string DbmRid = "0D";
    public const string LearnRid = "0E";

    public static ObjectValuesReported From(string objectUri, DateTimeOffset receivedAt, IRadioTelegram telegram, EepDecodeResult decoded)
    {
        var values = new List<ReportedValue>(decoded.Resources.Count + 3)
        {
            ReportedValue.Of(StatusRid, telegram.Status.Raw),
        };
        if (telegram.Dbm is { } dbm)
        {
            values.Add(ReportedValue.Of(DbmRid, dbm));
        }

        if (telegram.Rorg is Rorg.FourBs or Rorg.OneBs)
        {
            values.Add(ReportedValue.Of(LearnRid, telegram.IsTeachIn));
        }

        foreach (var resource in decoded.Resources)
        {
            values.Add(resource switch
            {
                { Boolean: { } boolean } => ReportedValue.Of(resource.Resource.Rid, boolean),
                { Text: { } member } => ReportedValue.Of(resource.Resource.Rid, member),
                _ => ReportedValue.Of(resource.Resource.Rid, resource.Number!.Value),
            });
        }

        return new ObjectValuesReported { ObjectUri = objectUri, ObservedAt = receivedAt, Values = values };
    }
}

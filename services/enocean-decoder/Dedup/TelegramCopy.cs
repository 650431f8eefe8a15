using Mobius.Micro.Contracts;
using Mobius.Micro.EnOceanDecoder.Telegrams;

namespace Mobius.Micro.EnOceanDecoder.Dedup;

/// <summary>One connector's copy of a radio telegram: the raw message it came in, the telegram in it, and its signal strength.</summary>
public sealed record TelegramCopy(RawTelegramReceived Raw, ReceivedRadioTelegram Received, int? Dbm)
{
    /// <summary>The connector message the copy came in; the same again is a redelivery of this copy, not another one.</summary>
    public string MessageId => $"{Raw.ConnectorUri}/{Raw.Boot}/{Raw.Seq}";
}

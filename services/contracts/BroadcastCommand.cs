namespace Mobius.Micro.Contracts;

/// <summary>
/// A MobiusFlow broadcast command ("BCMD") for Engine API subscribers: received telegrams
/// (<c>ENOCEAN_RADIO_ERP1</c>, <c>ENOCEAN_RADIO_ERP1_VLD</c>, <c>ENOCEAN_RADIO_MSC</c>,
/// <c>ENOCEAN_RADIO_RMC</c>, <c>WORKOCC_TELEGRAM</c>) published by the decoders, delivered by the
/// object store to every websocket subscribed to <c>broadcast-command</c>.
/// </summary>
public sealed record BroadcastCommand
{
    /// <summary>The command id, e.g. <c>ENOCEAN_RADIO_ERP1</c>.</summary>
    public required string CommandId { get; init; }

    /// <summary>The command's payload as a JSON object, exactly as subscribers receive it.</summary>
    public required string PayloadJson { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }
}

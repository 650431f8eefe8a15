namespace Mobius.Micro.Contracts;

/// <summary>
/// The broadcast commands a decoder issued for one batch of raw telegrams, published as one bus
/// message; the object store delivers each, in order, to its <c>broadcast-command</c> subscribers.
/// </summary>
public sealed record BroadcastCommands
{
    /// <summary>The commands in the order their telegrams were received; never empty.</summary>
    public required IReadOnlyList<BroadcastCommand> Commands { get; init; }
}

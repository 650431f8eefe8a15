using Mobius.Micro.ConnectorProtocol.Messages;

namespace Mobius.Micro.ConnectorProtocol.Verification;

/// <summary>A message that passed rules 2 and 4–6 and the claim shape of rule 8.</summary>
/// <param name="Claims">The typed claims: <see cref="UpClaims"/>, <see cref="StatusClaims"/>, <see cref="AckClaims"/> or <see cref="DownClaims"/>.</param>
/// <param name="IsLastWill">
/// A <c>status</c> with <c>online:false</c> and the connector's current boot: its freshness was not checked,
/// and <see cref="Replay.ReplayGuard"/> accepts it without the sequence rule while that boot is still current.
/// </param>
public sealed record VerifiedConnectorMessage(ConnectorMessageClaims Claims, bool IsLastWill);

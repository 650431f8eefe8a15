using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mobius.Micro.ConnectorProtocol.Messages;

/// <summary>
/// Signs claims into a connector message: a compact JWS with header <c>{"alg":"HS256","typ":"JWT"}</c>,
/// keyed with the connector's PSK. The gateway signs <c>down</c>; connectors and the simulator sign the rest.
/// </summary>
public sealed class ConnectorMessageSigner
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Sign(ConnectorMessageClaims claims, ConnectorPsk psk)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(psk);
        return _handler.CreateToken(
            ClaimsJsonWriter.Write(claims),
            new SigningCredentials(psk.Key, SecurityAlgorithms.HmacSha256));
    }
}

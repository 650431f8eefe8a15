using Mobius.Micro.ObjectStore.Api;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Commands;

/// <summary>The refusals of commands.</summary>
public static class CommandErrors
{
    public static EngineApiException UnknownCommand(string cid) =>
        ApiErrors.Refuse(Status404NotFound, ApiErrorCodes.UnknownCommand, $"no command {cid}; GET /api/v1/mobius/profile/command/{{hid}} lists them");

    public static EngineApiException NotInvocable(string cid) =>
        ApiErrors.Refuse(Status400BadRequest, ApiErrorCodes.NotInvocable, $"{cid} is broadcast by the decoders to subscribers; clients cannot send it");

    public static EngineApiException InvalidConnectorUri(string message) =>
        ApiErrors.Refuse(Status400BadRequest, ApiErrorCodes.InvalidConnectorUri, message);

    public static EngineApiException ConnectorUnknown(string connectorUri) =>
        ApiErrors.Refuse(Status404NotFound, ApiErrorCodes.ConnectorUnknown, $"connector {connectorUri} does not exist");

    public static EngineApiException GatewayTimeout(TimeSpan timeout) =>
        ApiErrors.Refuse(Status504GatewayTimeout, ApiErrorCodes.GatewayTimeout, $"the connector gateway did not answer within {timeout.TotalSeconds:0} s");

    /// <summary>The API answer to a downlink the gateway did not acknowledge.</summary>
    public static EngineApiException Outcome(string connectorUri, string status, string? error) => (status, error) switch
    {
        (Contracts.DownlinkStatus.Rejected, ApiErrorCodes.ConnectorUnknown) =>
            ApiErrors.Refuse(Status404NotFound, ApiErrorCodes.ConnectorUnknown, $"the gateway does not know connector {connectorUri}"),
        (Contracts.DownlinkStatus.Rejected, ApiErrorCodes.ConnectorOffline) =>
            ApiErrors.Refuse(Status409Conflict, ApiErrorCodes.ConnectorOffline, $"connector {connectorUri} is offline"),
        (Contracts.DownlinkStatus.Rejected, ApiErrorCodes.NoEnOceanModule) =>
            ApiErrors.Refuse(Status409Conflict, ApiErrorCodes.NoEnOceanModule, $"connector {connectorUri} has no EnOcean module"),
        (Contracts.DownlinkStatus.Rejected, ApiErrorCodes.InvalidPacket) =>
            ApiErrors.Refuse(Status400BadRequest, ApiErrorCodes.InvalidPacket, "rawData is not a valid ESP3 packet (header, data, optional data)"),
        (Contracts.DownlinkStatus.Rejected, _) =>
            ApiErrors.Refuse(Status409Conflict, ApiErrorCodes.DownlinkRejected, $"the gateway refused the downlink: {error ?? "no reason given"}"),
        (Contracts.DownlinkStatus.Failed, _) =>
            ApiErrors.Refuse(Status502BadGateway, ApiErrorCodes.DownlinkFailed, $"connector {connectorUri} could not send it: {error ?? "no reason given"}"),
        (Contracts.DownlinkStatus.TimedOut, _) =>
            ApiErrors.Refuse(Status504GatewayTimeout, ApiErrorCodes.DownlinkTimeout, $"connector {connectorUri} did not acknowledge it in time"),
        _ => ApiErrors.Refuse(Status502BadGateway, ApiErrorCodes.DownlinkFailed, $"the gateway answered an unknown status '{status}'"),
    };
}

using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Commands;

/// <summary>
/// <c>POST /api/v1/mobius/command/{cid}</c> (role <c>write</c>). <c>ENOCEAN_RADIO_TX</c> sends a
/// downlink through the connector gateway and answers its outcome:
/// 200 <c>{"downlinkId","status":"acknowledged"}</c>; 404 unknown connector; 409 connector offline
/// or without EnOcean module; 400 invalid packet; 502 the connector failed; 504 no answer in time.
/// </summary>
public static class CommandEndpoints
{
    public static IEndpointRouteBuilder MapCommandEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/mobius/command/{cid}", SendAsync).WithTags("Commands").Takes<EnOceanRadioTxBody>()
            .Documented<DownlinkAnswer>("Send a broadcast command; ENOCEAN_RADIO_TX sends an EnOcean downlink", EnginePolicies.Write,
                Status400BadRequest, Status404NotFound, Status409Conflict, Status502BadGateway, Status504GatewayTimeout);
        return api;
    }

    private static async Task<IResult> SendAsync(
        string cid, JsonElement body, ObjectAddressing addressing, ProfileCatalog profiles, ObjectRepository objects, DownlinkClient gateway,
        IOptions<CommandOptions> options, ApiResults results, CancellationToken cancellationToken)
    {
        var command = CommandCatalog.Find(cid.ToUpperInvariant()) ?? throw CommandErrors.UnknownCommand(cid);
        if (command.Cid != CommandCatalog.EnOceanRadioTx)
        {
            throw CommandErrors.NotInvocable(command.Cid);
        }

        var request = EnOceanRadioTxRequest.Read(body, addressing.HubId, profiles.Services.Connectors, options.Value.MaxDownlinkBytes);
        if (!await objects.ExistsAsync(request.ConnectorUri, cancellationToken))
        {
            throw CommandErrors.ConnectorUnknown(request.ConnectorUri.ToString());
        }

        var downlink = new SendEnOceanDownlink
        {
            DownlinkId = Guid.NewGuid().ToString(),
            ConnectorUri = request.ConnectorUri.ToString(),
            RawData = request.RawData,
        };
        EnOceanDownlinkOutcome outcome;
        try
        {
            outcome = await gateway.SendAsync(downlink, cancellationToken);
        }
        catch (RequestTimeoutException)
        {
            throw CommandErrors.GatewayTimeout(gateway.Timeout);
        }

        return outcome.Status == DownlinkStatus.Acknowledged
            ? results.Ok(downlink.ConnectorUri, new DownlinkAnswer(downlink.DownlinkId, outcome.Status))
            : throw CommandErrors.Outcome(downlink.ConnectorUri, outcome.Status, outcome.Error);
    }
}

/// <summary>The body of <c>ENOCEAN_RADIO_TX</c>.</summary>
public sealed record EnOceanRadioTxBody(string ConnectorURI, IReadOnlyList<int> RawData);

/// <summary>An acknowledged downlink: <c>{"downlinkId","status"}</c>.</summary>
public sealed record DownlinkAnswer(string DownlinkId, string Status);

using System.Text.Json;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Auth;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// <c>/api/v1/mobius/service</c>: a service's configuration (<c>read</c>), changing its name and
/// settings, starting, stopping and reloading it (<c>configure</c>). A stopped service's reports and
/// provisioning requests are dropped, and the gateway's and decoders' lookups find nothing, so its
/// devices go quiet within the services' cache lifetime; starting it resumes them.
/// </summary>
public static class ServiceEndpoints
{
    public const int MaxNameLength = 64;
    public const int MaxSettingsBytes = 16_384;

    public static IEndpointRouteBuilder MapServiceEndpoints(this IEndpointRouteBuilder api)
    {
        var services = api.MapGroup("/mobius/service").WithTags("Services");
        services.MapGet("/config/{hid}/{sid}", GetAsync)
            .Documented<ServiceDocument>("A service's configuration, state and status", EnginePolicies.Read, Status400BadRequest, Status404NotFound);
        services.MapPatch("/config/{hid}/{sid}", PatchAsync).Takes<ServiceConfigRequest>()
            .Documented<ServiceDocument>("Change a service's name and/or settings", EnginePolicies.Configure, Status400BadRequest, Status404NotFound);
        services.MapPost("/start/{hid}/{sid}", (string hid, string sid, ServiceRepository repository, ServiceStates states, ServiceAnswers answers, CancellationToken cancellationToken) =>
            SetStateAsync(hid, sid, ServiceRecord.Running, repository, states, answers, cancellationToken))
            .Documented<ServiceDocument>("Start a service", EnginePolicies.Configure, Status400BadRequest, Status404NotFound);
        services.MapPost("/stop/{hid}/{sid}", (string hid, string sid, ServiceRepository repository, ServiceStates states, ServiceAnswers answers, CancellationToken cancellationToken) =>
            SetStateAsync(hid, sid, ServiceRecord.Stopped, repository, states, answers, cancellationToken))
            .Documented<ServiceDocument>("Stop a service: its reports and lookups are refused until it starts", EnginePolicies.Configure, Status400BadRequest, Status404NotFound);
        services.MapPost("/reload/{hid}/{sid}", ReloadAsync)
            .Documented<ServiceDocument>("Reload a service's configuration (recorded; the services re-read registrations within seconds anyway)", EnginePolicies.Configure, Status400BadRequest, Status404NotFound);
        return api;
    }

    private static async Task<IResult> GetAsync(string hid, string sid, ServiceRepository repository, ServiceAnswers answers, CancellationToken cancellationToken)
    {
        var uri = answers.Check(hid, sid);
        return await answers.OkAsync(uri, await repository.FindAsync(uri.Hid, uri.Sid!, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> PatchAsync(
        string hid, string sid, JsonElement body, ServiceRepository repository, ServiceAnswers answers, CancellationToken cancellationToken)
    {
        var uri = answers.Check(hid, sid);
        JsonBody.Object(body, "the body");
        var name = JsonBody.String(body, "name");
        if (name is not null && (name.Trim().Length == 0 || name.Length > MaxNameLength))
        {
            throw ApiErrors.InvalidRequest($"name must be 1..{MaxNameLength} characters");
        }

        string? settings = null;
        if (body.TryGetProperty("settings", out var settingsJson) && settingsJson.ValueKind != JsonValueKind.Null)
        {
            settings = JsonBody.Object(settingsJson, "settings").GetRawText();
            if (settings.Length > MaxSettingsBytes)
            {
                throw ApiErrors.InvalidRequest($"settings must be at most {MaxSettingsBytes} bytes of JSON");
            }
        }

        return await answers.OkAsync(uri, await repository.UpdateAsync(uri.Hid, uri.Sid!, name?.Trim(), settings, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> SetStateAsync(
        string hid, string sid, string state, ServiceRepository repository, ServiceStates states, ServiceAnswers answers, CancellationToken cancellationToken)
    {
        var uri = answers.Check(hid, sid);
        var record = await repository.SetStateAsync(uri.Hid, uri.Sid!, state, cancellationToken);
        states.Set(uri.Sid!, state == ServiceRecord.Stopped);
        return await answers.OkAsync(uri, record, cancellationToken);
    }

    private static async Task<IResult> ReloadAsync(string hid, string sid, ServiceRepository repository, ServiceAnswers answers, CancellationToken cancellationToken)
    {
        var uri = answers.Check(hid, sid);
        return await answers.OkAsync(uri, await repository.MarkReloadedAsync(uri.Hid, uri.Sid!, cancellationToken), cancellationToken);
    }
}

/// <summary>Checks a service URI and answers a service as its <see cref="ServiceDocument"/>.</summary>
public sealed class ServiceAnswers(ObjectAddressing addressing, ObjectRepository objects, ProfileCatalog profiles, ApiResults results)
{
    public MobiusUri Check(string hid, string sid)
    {
        var uri = MobiusUri.FromParts(hid, sid);
        addressing.CheckService(uri);
        return uri;
    }

    public async Task<IResult> OkAsync(MobiusUri uri, ServiceRecord? record, CancellationToken cancellationToken)
    {
        if (record is null)
        {
            throw ApiErrors.UnknownService(uri.Sid!);
        }

        var kind = ServiceKind.All(profiles.Services).Single(kind => kind.Sid == record.Sid);
        var status = await objects.FindAsync(
            MobiusUri.FromParts(uri.Hid, uri.Sid!, ObjectModel.Profiles.ServiceStatusProfile.Pid, ObjectModel.Profiles.ServiceStatusProfile.Ins), cancellationToken);
        return results.Ok(uri, ServiceDocument.From(kind, record, status, profiles.ProfilesOf(record.Sid).Select(profile => profile.Pid)));
    }
}

/// <summary>Body of a service change: <c>{"name":"...","settings":{...}}</c>, both optional.</summary>
public sealed record ServiceConfigRequest(string? Name, JsonElement? Settings);

using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectModel.Uris;
using Mobius.Micro.ObjectStore.Api;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;
using Mobius.Micro.ObjectStore.Subscriptions;
using Mobius.Micro.ObjectStore.Telemetry;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// A decoder asks for an object for a device it heard (teach-in, auto-provisioning): the object is
/// created at the next free INS with the configuration given, checked exactly like an API creation,
/// unless an object with the same unique identity (RID <c>0B</c>) already exists in that service,
/// which makes the request idempotent. Its description says why it was created unless the
/// configuration sets one. Every outcome is counted; refusals are logged with their reason.
/// </summary>
public sealed partial class ObjectProvisioningConsumer(
    ProfileCatalog profiles,
    ServiceStates services,
    ObjectRepository objects,
    ChangeNotifier notifier,
    IOptions<HubOptions> hub,
    TimeProvider time,
    ObjectStoreMetrics metrics,
    ILogger<ObjectProvisioningConsumer> logger)
    : IConsumer<ObjectProvisioningRequested>
{
    public async Task Consume(ConsumeContext<ObjectProvisioningRequested> context)
    {
        var request = context.Message;
        if (!MobiusUri.TryParse($"{request.Hid}/{request.Sid}/{request.Pid}", out var profileUri, out var invalid))
        {
            Refuse(request, ApiErrorCodes.InvalidUri, invalid.Message);
            return;
        }

        var (refusal, profile) = Check(profileUri);
        if (refusal is not null)
        {
            Refuse(request, refusal.Value.Code, refusal.Value.Message);
            return;
        }

        var configuration = ConfigurationOf(request, profile!);
        if (profile!.UniqueResource is { } unique && UniqueValue(request, unique.Rid) is { } identity
            && await objects.FindByUniqueKeyAsync(profileUri.Hid, profileUri.Sid!, identity, context.CancellationToken) is { } existing)
        {
            metrics.Provisioning("exists", "already_exists");
            LogExists(request.Reason, existing.Uri.ToString());
            return;
        }

        NewObject created;
        try
        {
            created = NewObjectBuilder.Build(profileUri, profile, configuration, time.GetUtcNow());
        }
        catch (EngineApiException refused)
        {
            Refuse(request, refused.Error.ErrorCode, refused.Error.Message);
            return;
        }

        var outcome = await objects.InsertAsync(created, context.CancellationToken);
        switch (outcome.Result)
        {
            case ObjectInsertResult.Created:
                var instance = new ObjectInstance(profileUri.WithIns(outcome.Ins!), profile, created.PriorityArrays, created.Overrides);
                notifier.ObjectWritten(instance);
                metrics.Provisioning("created", request.Reason);
                LogCreated(instance.Uri.ToString(), request.Reason);
                break;
            case ObjectInsertResult.DuplicateUniqueValue:
                metrics.Provisioning("exists", "already_exists");
                LogExists(request.Reason, created.UniqueKey ?? "");
                break;
            default:
                Refuse(request, ApiErrorCodes.NoFreeInstance, $"every instance of {profileUri} is taken");
                break;
        }
    }

    private ((string Code, string Message)? Refusal, ObjectProfile? Profile) Check(MobiusUri profileUri)
    {
        if (profileUri.Level != UriPart.Pid)
        {
            return ((ApiErrorCodes.InvalidUri, $"'{profileUri}' is not HID/SID/PID"), null);
        }

        if (profileUri.Hid != hub.Value.HubId)
        {
            return ((ApiErrorCodes.UnknownHub, $"hub {profileUri.Hid} is not served here"), null);
        }

        if (profiles.Find(profileUri.Sid!, profileUri.Pid!) is not { } profile)
        {
            return ((ApiErrorCodes.UnknownProfile, $"service {profileUri.Sid} has no profile {profileUri.Pid}"), null);
        }

        if (!ProfileCatalog.IsCreatable(profile))
        {
            return ((ApiErrorCodes.NotCreatable, $"{profile.ProfileName} objects cannot be provisioned"), null);
        }

        return services.IsStopped(profileUri.Sid!)
            ? ((ReportRejectionReasons.ServiceStopped, $"service {profileUri.Sid} is stopped"), null)
            : (null, profile);
    }

    private static List<ResourceConfiguration> ConfigurationOf(ObjectProvisioningRequested request, ObjectProfile profile)
    {
        var configuration = (request.Configuration ?? [])
            .Select(value => new ResourceConfiguration(value.Rid, new() { [ResourceConfiguration.PresentValueSetting] = Json(value) }))
            .ToList();
        if (profile.FindResource(CommonResources.Description) is not null
            && !configuration.Any(entry => string.Equals(entry.Rid, CommonResources.Description, StringComparison.OrdinalIgnoreCase)))
        {
            configuration.Add(new ResourceConfiguration(CommonResources.Description, new()
            {
                [ResourceConfiguration.PresentValueSetting] = JsonSerializer.SerializeToElement($"provisioned by {request.Reason}"),
            }));
        }

        return configuration;
    }

    private static JsonElement Json(ReportedValue value) => value switch
    {
        { Number: { } number } => JsonSerializer.SerializeToElement(number),
        { Boolean: { } boolean } => JsonSerializer.SerializeToElement(boolean),
        _ => JsonSerializer.SerializeToElement(value.Text),
    };

    private static string? UniqueValue(ObjectProvisioningRequested request, string rid) =>
        request.Configuration?.FirstOrDefault(value => string.Equals(value.Rid, rid, StringComparison.OrdinalIgnoreCase))?.Text;

    private void Refuse(ObjectProvisioningRequested request, string reason, string message)
    {
        metrics.Provisioning("refused", reason);
        LogRefused(request.Hid, request.Sid, request.Pid, request.Reason, reason, message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Provisioned {ObjectUri} ({Reason})")]
    private partial void LogCreated(string objectUri, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Provisioning ({Reason}) not needed: {Existing} exists")]
    private partial void LogExists(string reason, string existing);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to provision {Hid}/{Sid}/{Pid} ({Why}): {Reason} ({Detail})")]
    private partial void LogRefused(string hid, string sid, string pid, string why, string reason, string detail);
}

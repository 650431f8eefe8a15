using Microsoft.Extensions.Options;
using Mobius.Micro.ObjectModel.Profiles;
using Mobius.Micro.ObjectStore.Objects;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ServiceDefaults.Configuration;

namespace Mobius.Micro.ObjectStore.Services;

/// <summary>
/// At start, after the migrations: registers each service of the hub and gives each its
/// <c>serviceStatus</c> object (status -1 unknown until the service reports). Existing ones are kept.
/// </summary>
internal sealed class ServiceSeeder(ServiceRepository services, ObjectRepository objects, ProfileCatalog profiles, IOptions<HubOptions> hub, TimeProvider time)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hid = hub.Value.HubId;
        var kinds = ServiceKind.All(profiles.Services);
        await services.EnsureAsync(hid, kinds, cancellationToken);
        foreach (var kind in kinds)
        {
            var uri = Mobius.Micro.ObjectModel.Uris.MobiusUri.FromParts(hid, kind.Sid, ServiceStatusProfile.Pid, ServiceStatusProfile.Ins);
            await objects.InsertAsync(NewObjectBuilder.Build(uri, ServiceStatusProfile.Profile, [], time.GetUtcNow()), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.WorkOccDecoder.Devices;

/// <summary>
/// Which device object (and so which profile) belongs to a sensor UID, asked of the object store
/// with <see cref="GetWorkOccDevice"/> and trusted for <see cref="WorkOccDecoderOptions.RegistrationCacheSeconds"/>;
/// then a found device is still used while it is asked again in the background, a sensor without one waits for the answer, which is trusted
/// for UnknownDeviceCacheSeconds only (a device created since is found soon).
/// </summary>
public sealed class WorkOccDeviceDirectory(
    IBus bus,
    IOptions<HubOptions> hub,
    IOptions<WorkOccDecoderOptions> options,
    TimeProvider clock)
{
    private readonly CachedRequestClient<GetWorkOccDevice, WorkOccDeviceRegistration> _registrations =
        new(bus, clock, TimeSpan.FromSeconds(options.Value.RegistrationCacheSeconds), usableWhileRefreshing: device => device.Found,
            refusedLifetime: TimeSpan.FromSeconds(options.Value.UnknownDeviceCacheSeconds));

    public ValueTask<WorkOccDeviceRegistration> FindAsync(string uid, CancellationToken cancellationToken) =>
        _registrations.GetAsync(uid, new GetWorkOccDevice { Hid = hub.Value.HubId, Uid = uid }, cancellationToken);
}

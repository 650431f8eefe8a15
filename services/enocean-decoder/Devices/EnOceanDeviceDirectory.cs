using MassTransit;
using Microsoft.Extensions.Options;
using Mobius.Micro.Contracts;
using Mobius.Micro.ServiceDefaults.Configuration;
using Mobius.Micro.ServiceDefaults.Messaging;

namespace Mobius.Micro.EnOceanDecoder.Devices;

/// <summary>
/// Which device object (and so which EEP) belongs to a sender id, asked of the object store and
/// trusted for <see cref="EnOceanDecoderOptions.RegistrationCacheSeconds"/>; then a found device is
/// still used while it is asked again in the background, a sender without one waits for the answer, which is trusted
/// for UnknownDeviceCacheSeconds only (a device created since is found soon).
/// </summary>
public sealed class EnOceanDeviceDirectory(
    IBus bus,
    IOptions<HubOptions> hub,
    IOptions<EnOceanDecoderOptions> options,
    TimeProvider clock)
{
    private readonly CachedRequestClient<GetEnOceanDevice, EnOceanDeviceRegistration> _registrations =
        new(bus, clock, TimeSpan.FromSeconds(options.Value.RegistrationCacheSeconds), usableWhileRefreshing: device => device.Found,
            refusedLifetime: TimeSpan.FromSeconds(options.Value.UnknownDeviceCacheSeconds));

    public ValueTask<EnOceanDeviceRegistration> FindAsync(string senderId, CancellationToken cancellationToken) =>
        _registrations.GetAsync(senderId, new GetEnOceanDevice { Hid = hub.Value.HubId, SenderId = senderId }, cancellationToken);

    /// <summary>The devices of many senders, asked all at once: a batch never waits for one answer after another.</summary>
    public async Task<IReadOnlyDictionary<string, EnOceanDeviceRegistration>> FindAllAsync(IEnumerable<string> senderIds, CancellationToken cancellationToken)
    {
        var lookups = senderIds.Distinct(StringComparer.Ordinal).Select(senderId => (senderId, FindAsync(senderId, cancellationToken).AsTask())).ToList();
        await Task.WhenAll(lookups.Select(lookup => lookup.Item2));
        return lookups.ToDictionary(lookup => lookup.senderId, lookup => lookup.Item2.Result, StringComparer.Ordinal);
    }
}

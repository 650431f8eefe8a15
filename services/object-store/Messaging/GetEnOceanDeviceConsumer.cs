using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;
using Mobius.Micro.ObjectStore.Services;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>
/// Answers the EnOcean decoder's question "which object is this sender id?" with the device object's
/// URI and EEP. While the EnOcean service is stopped every sender is unknown.
/// </summary>
public sealed class GetEnOceanDeviceConsumer(ProfileCatalog profiles, ServiceStates services, ObjectRepository objects) : IConsumer<GetEnOceanDevice>
{
    public async Task Consume(ConsumeContext<GetEnOceanDevice> context)
    {
        var request = context.Message;
        var device = services.IsStopped(profiles.Services.EnOceanDevices)
            ? null
            : await objects.FindByUniqueKeyAsync(request.Hid.ToUpperInvariant(), profiles.Services.EnOceanDevices, request.SenderId.ToUpperInvariant(), [EnOceanProfiles.Eep], context.CancellationToken);
        if (device is null)
        {
            await context.RespondAsync(new EnOceanDeviceRegistration { SenderId = request.SenderId, Found = false });
            return;
        }

        await context.RespondAsync(new EnOceanDeviceRegistration
        {
            SenderId = request.SenderId,
            Found = true,
            ObjectUri = device.Uri.ToString(),
            Eep = ((EnumValue)device.PresentValueOf(EnOceanProfiles.Eep)).Member,
        });
    }
}

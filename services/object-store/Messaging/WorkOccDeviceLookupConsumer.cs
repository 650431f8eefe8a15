using MassTransit;
using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectStore.Persistence;
using Mobius.Micro.ObjectStore.Profiles;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>Answers the WorkOcc decoder's question "which object is this sensor UID?" with the device object's URI and PID (its profile).</summary>
public sealed class WorkOccDeviceLookupConsumer(ProfileCatalog profiles, ObjectRepository objects) : IConsumer<GetWorkOccDevice>
{
    public async Task Consume(ConsumeContext<GetWorkOccDevice> context)
    {
        var request = context.Message;
        var device = await objects.FindByUniqueKeyAsync(
            request.Hid.ToUpperInvariant(), profiles.Services.WorkOccDevices, request.Uid.ToUpperInvariant(), rids: [], context.CancellationToken);
        await context.RespondAsync(device is null
            ? new WorkOccDeviceRegistration { Uid = request.Uid, Found = false }
            : new WorkOccDeviceRegistration { Uid = request.Uid, Found = true, ObjectUri = device.Uri.ToString(), Pid = device.Uri.Pid });
    }
}

using System.Collections.Concurrent;
using Mobius.Micro.Cli.Simulate.Connectors;
using Mobius.Micro.Cli.Simulate.Devices;
using Mobius.Micro.ConnectorProtocol;
using Mobius.Micro.WorkOcc.Profiles;

namespace Mobius.Micro.Cli.Simulate.Provisioning;

/// <summary>
/// <c>--provision</c>: creates the site's objects through the Engine API before it runs, in the
/// default services of the object model: connector objects (021/FFC0, serial and PSK), EnOcean
/// devices (022, the EEP's PID, eep and sender id) and WorkOcc devices (023, the PID and sensor
/// type of the WorkOcc library's published table, uid). An object that already exists is reused
/// as it is. A kind the object store refuses (an EEP or WorkOcc profile an older store does not
/// know) is noted, and its devices are simulated as everyday EnOcean devices instead.
/// </summary>
public sealed class SiteProvisioner(EngineApiSession api, TextWriter notes)
{
    private const string ConnectorsSid = "021";
    private const string ConnectorPid = "FFC0";
    private const string EnOceanSid = "022";
    private const string WorkOccSid = "023";
    private const string SerialNumberRid = "0B";
    private const string PskRid = "0C";
    private const string EepRid = "0A";
    private const string SenderIdRid = "0B";
    private const int ParallelRequests = 8;

    private readonly ProvisioningTally _tally = new();

    /// <exception cref="ProvisioningException">The API refused a connector object.</exception>
    public async Task ProvisionConnectorsAsync(IReadOnlyList<ConnectorSerial> serials, ConnectorPskSource psks, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(serials, Parallelism(cancellationToken), async (serial, token) =>
        {
            var creation = await api.CreateObjectAsync(
                ConnectorsSid, ConnectorPid, [(SerialNumberRid, serial.ToString()), (PskRid, psks.For(serial))], token);
            if (creation.Result == ObjectCreationResult.Refused)
            {
                throw new ProvisioningException($"connector object {serial}: {creation.Message}");
            }

            _tally.Add("connectors", creation.Result);
        });
    }

    /// <summary>Creates every device's object; answers the devices as they are to be simulated.</summary>
    /// <exception cref="ProvisioningException">The API refused an everyday EnOcean device.</exception>
    public async Task<IReadOnlyList<DeviceSpec>> ProvisionDevicesAsync(IReadOnlyList<DeviceSpec> devices, CancellationToken cancellationToken)
    {
        var provisioned = new DeviceSpec[devices.Count];
        var refusedKinds = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, devices.Count), Parallelism(cancellationToken), async (index, token) =>
        {
            var device = devices[index];
            var creation = await CreateAsync(device, token);
            if (creation.Result == ObjectCreationResult.Refused && !DeviceKinds.Everyday.Contains(device.Kind))
            {
                refusedKinds.TryAdd(device.Kind.Name, creation.Message ?? "refused");
                device = device with { Kind = DeviceKinds.StandIn(device.Id) };
                creation = await CreateAsync(device, token);
            }

            if (creation.Result == ObjectCreationResult.Refused)
            {
                throw new ProvisioningException($"{device.Kind.Name} device {device.Uid}: {creation.Message}");
            }

            _tally.Add(device.Kind is WorkOccDeviceKind ? "WorkOcc devices" : "EnOcean devices", creation.Result);
            provisioned[index] = device;
        });

        foreach (var (kind, reason) in refusedKinds)
        {
            notes.WriteLine($"note: the object store refused {kind} objects ({reason}); those devices are simulated as everyday EnOcean devices");
        }

        return provisioned;
    }

    /// <summary>One line per group of objects; objects already there are reused as they are (a connector keeps the PSK it has).</summary>
    public void WriteSummary()
    {
        notes.WriteLine($"provisioned through {api.BaseAddress}: {string.Join(", ", _tally.Describe())}");
    }

    private Task<ObjectCreation> CreateAsync(DeviceSpec device, CancellationToken cancellationToken) => device.Kind switch
    {
        EnOceanDeviceKind enOcean => api.CreateObjectAsync(
            EnOceanSid, enOcean.Definition.Pid, [(EepRid, enOcean.Definition.Eep), (SenderIdRid, device.Uid)], cancellationToken),
        WorkOccDeviceKind workOcc => api.CreateObjectAsync(
            WorkOccSid,
            workOcc.Profile.Pid,
            [(WorkOccResourceIds.SensorType, workOcc.Profile.SensorType), (WorkOccResourceIds.Uid, device.Uid)],
            cancellationToken),
        _ => throw new ArgumentException($"{device.Kind.Name} has no object profile to provision.", nameof(device)),
    };

    private static ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = ParallelRequests, CancellationToken = cancellationToken };
}

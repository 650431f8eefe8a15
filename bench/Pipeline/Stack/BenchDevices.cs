using Mobius.Micro.Bench.Pipeline.Site;
using Mobius.Micro.Bench.Pipeline.Telegrams;
using Mobius.Micro.Testing;

namespace Mobius.Micro.Bench.Pipeline.Stack;

/// <summary>
/// The objects the benchmark's telegrams need, created through the Engine API: one connector object
/// per simulated connector (serial and PSK) and one A5-02-05 device object per sender, device
/// <c>d</c> at instance <c>d + 1</c>.
/// </summary>
public static class BenchDevices
{
    /// <summary>The priority the object store writes measured values at.</summary>
    public const int MeasuredPriority = 15;

    private const int ParallelRequests = 8;

    public static int DeviceOfIns(int ins) => ins - 1;

    public static async Task ProvisionConnectorsAsync(StackFixture stack, int connectors)
    {
        using var api = await stack.ApiAsync();
        foreach (var serial in BenchSite.Serials(connectors))
        {
            await api.CreateObjectAsync("021/FFC0", ("0B", serial.ToString()), ("0C", BenchSite.Psk));
        }
    }

    public static async Task ProvisionDevicesAsync(StackFixture stack, SequencedTelegrams telegrams)
    {
        using var api = await stack.ApiAsync();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, telegrams.Devices),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelRequests },
            async (device, _) => await api.CreateObjectAsync(
                $"022/{telegrams.Pid}/{device + 1:X4}", ("0A", SequencedTelegrams.Eep), ("0B", SequencedTelegrams.SenderIdOf(device))));
    }
}

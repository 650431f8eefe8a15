namespace Mobius.Micro.Reliability.Tests;

/// <summary>
/// One fault: how it is injected (a clean stop or a SIGKILL), how the stack is made whole again,
/// and the services whose readiness must go red while it lasts.
/// </summary>
public sealed record Fault(string Name, Func<Task> Inject, Func<Task> Restore, IReadOnlyList<StackService> Affected)
{
    /// <summary>The four dependencies and the four services, each stopped cleanly and killed.</summary>
    public static IReadOnlyList<Fault> AllOf(PrivateStack stack)
    {
        var restartTimeout = TimeSpan.FromSeconds(120);
        IReadOnlyList<StackService> all = stack.Services;
        IReadOnlyList<StackService> redisUsers = [stack.Gateway, stack.EnOceanDecoder, stack.WorkOccDecoder];
        var faults = new List<Fault>
        {
            new("RabbitMQ stop", stack.RabbitMq.StopAsync, () => stack.RabbitMq.StartAsync(restartTimeout), all),
            new("RabbitMQ kill -9", stack.RabbitMq.KillAsync, () => stack.RabbitMq.StartAsync(restartTimeout), all),
            new("Redis stop", stack.Redis.StopAsync, () => stack.Redis.StartAsync(restartTimeout), redisUsers),
            new("Redis kill -9", stack.Redis.KillAsync, () => stack.Redis.StartAsync(restartTimeout), redisUsers),
            new("PostgreSQL stop", stack.Postgres.StopAsync, () => stack.Postgres.StartAsync(restartTimeout), [stack.ObjectStore]),
            new("PostgreSQL kill -9", stack.Postgres.KillAsync, () => stack.Postgres.StartAsync(restartTimeout), [stack.ObjectStore]),
            new("Mosquitto stop", stack.Mosquitto.StopAsync, () => stack.Mosquitto.StartAsync(restartTimeout), [stack.Gateway]),
            new("Mosquitto kill -9", stack.Mosquitto.KillAsync, () => stack.Mosquitto.StartAsync(restartTimeout), [stack.Gateway]),
        };
        foreach (var service in stack.Services)
        {
            faults.Add(new($"{service.Name} stop", () => service.Process.StopAsync(), StartAsync(service), [service]));
            faults.Add(new($"{service.Name} kill -9", () => service.Process.KillAsync(), StartAsync(service), [service]));
        }

        return Selected(faults);
    }

    /// <summary>
    /// <c>MOBIUS_FAULTS</c> (comma-separated parts of fault names, e.g. <c>Mosquitto,object-store</c>)
    /// narrows a run to those faults, to look into one of them; unset, every fault runs.
    /// </summary>
    private static List<Fault> Selected(List<Fault> faults) =>
        Environment.GetEnvironmentVariable("MOBIUS_FAULTS") is { Length: > 0 } names
            ? [.. faults.Where(fault => names.Split(',', StringSplitOptions.TrimEntries).Any(name => fault.Name.Contains(name, StringComparison.OrdinalIgnoreCase)))]
            : faults;

    private static Func<Task> StartAsync(StackService service) => () =>
    {
        service.Start();
        return Task.CompletedTask;
    };
}

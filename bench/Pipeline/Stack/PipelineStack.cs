using Mobius.Micro.Testing;

namespace Mobius.Micro.Bench.Pipeline.Stack;

/// <summary>
/// The services' Release builds as processes, as the tests' <see cref="StackFixture"/> starts them (a
/// temporary database, virtual host, Redis key prefix and topic prefix of their own), with the
/// object store pooling its connections as deployed and logging turned down to warnings. Without
/// decoders it is the object store (for connector credentials) and the gateway alone.
/// </summary>
public sealed class PipelineStack(bool withDecoders) : StackFixture
{
    protected override bool StartsDecoders => withDecoders;

    protected override bool PoolsDatabaseConnections => true;

    protected override IReadOnlyDictionary<string, string> ServiceSettings { get; } = new Dictionary<string, string>
    {
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>With <c>MOBIUS_BENCH_VERBOSE=1</c>, prints what the services wrote (warnings and errors) before stopping them.</summary>
    public override async Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("MOBIUS_BENCH_VERBOSE") == "1")
        {
            foreach (var service in Services)
            {
                Console.WriteLine($"--- {service.Name} output ---");
                Console.WriteLine(service.Output);
            }
        }

        await base.DisposeAsync();
    }

    public static async Task<PipelineStack> StartAsync(bool withDecoders)
    {
        var stack = new PipelineStack(withDecoders);
        try
        {
            await stack.InitializeAsync();
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }
}

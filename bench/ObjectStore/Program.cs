using Mobius.Micro.Bench.ObjectStore;

// The object store benchmark: resource updates/s from the bus into PostgreSQL, then Engine API reads/s.
var options = BenchOptions.Parse(args);
Console.WriteLine($"Starting the object store on a temporary database and virtual host ({options.Devices:N0} devices) ...");
await using var stack = await BenchStack.StartAsync();
var fleet = await DeviceFleet.CreateAsync(stack.Api, options.Devices);
var bus = await PublisherBus.StartAsync(stack.VirtualHost.Name);
try
{
    await using var queue = await QueueDepth.OpenAsync(stack.VirtualHost.Name, "object-values-reported");
    var writes = new WriteBenchmark(bus, queue, fleet);
    Console.WriteLine($"Warming up with {options.WarmUpMessages:N0} reports ...");
    await writes.RunAsync(options.WarmUpMessages);
    Console.WriteLine($"Measuring {options.Messages:N0} reports ...");
    var write = await writes.RunAsync(options.Messages);
    Console.WriteLine($"Measuring API reads for {options.ReadSeconds} s ...");
    var read = await new ReadBenchmark(stack.Api, fleet).RunAsync(TimeSpan.FromSeconds(options.ReadSeconds), options.ReadConcurrency);
    ResultTable.Print(options, write, read);
    return write.ValuesPerSecond >= ResultTable.TargetUpdatesPerSecond ? 0 : 1;
}
finally
{
    await bus.StopAsync();
    if (Environment.GetEnvironmentVariable("MOBIUS_BENCH_VERBOSE") == "1")
    {
        Console.WriteLine("--- object store output ---");
        Console.WriteLine(stack.ObjectStore.Output);
    }
}

using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace Mobius.Micro.Fuzz.Tests;

/// <summary>
/// Runs one parser's property over generated inputs with CsCheck on one thread (the test run already
/// keeps every core busy) and prints how many inputs it took and how long. <c>MOBIUS_FUZZ_INPUTS</c>
/// sets the count (default 20,000; <c>make fuzz</c>: 1,000,000), <c>MOBIUS_FUZZ_SEED</c> replays a
/// CsCheck seed a failure printed.
/// </summary>
public static class FuzzRun
{
    public static long Inputs => long.TryParse(Environment.GetEnvironmentVariable("MOBIUS_FUZZ_INPUTS"), out var inputs) && inputs > 0 ? inputs : 20_000;

    public static void Check<T>(ITestOutputHelper output, string parser, Gen<T> inputs, Action<T> property)
    {
        var seed = Environment.GetEnvironmentVariable("MOBIUS_FUZZ_SEED") is { Length: > 0 } given ? given : null;
        var clock = Stopwatch.StartNew();
        inputs.Sample(property, seed: seed, iter: Inputs, threads: 1);
        var line = $"fuzz {parser}: {Inputs:N0} inputs in {clock.Elapsed.TotalSeconds:F1} s, 0 unexpected exceptions";
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Mobius.Micro.Cli.EnOcean.Tests;

/// <summary>
/// Every vector of the shared fixture through the command line: once through the command in
/// process, vector by vector, and once all together piped into the built tool as a user runs it.
/// </summary>
public sealed class EnOceanDecodeVectorTests
{
    public static TheoryData<string> Vectors => new(SharedVector.All.Select(vector => vector.Id));

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task Vector_decodes_through_the_command_to_its_expectations(string id)
    {
        var vector = SharedVector.All.Single(candidate => candidate.Id == id);

        var line = await EnOceanDecodeRun.DecodeAsync(vector.InputLine());

        VectorOutputChecks.AssertMatches(vector, line);
    }

    [Fact]
    public async Task All_248_vectors_piped_into_the_tool_come_out_in_order_and_match()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "mobius.dll"), "enocean", "decode"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        foreach (var vector in SharedVector.All)
        {
            await process.StandardInput.WriteLineAsync(vector.InputLine());
        }

        process.StandardInput.Close();
        var output = await reading;
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        Assert.Equal(0, process.ExitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(248, lines.Length);
        foreach (var (vector, line) in SharedVector.All.Zip(lines))
        {
            VectorOutputChecks.AssertMatches(vector, JsonNode.Parse(line)!.AsObject());
        }
    }
}

using System.Diagnostics;

namespace Mobius.Micro.Cli.WorkOcc.Tests;

/// <summary>The built tool as a user runs it: lines piped to standard input, results read from standard output.</summary>
public sealed class WorkOccDecodeProcessTests
{
    [Fact]
    public async Task The_tool_reads_standard_input_until_it_ends_and_exits_0()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "mobius.dll"), "workocc", "decode"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("""{"hex":"A701014B1D00072A01012C5532"}""");
        await process.StandardInput.WriteLineAsync("""{"hex":"A701014B1D00072A01012C5533"}""");
        process.StandardInput.Close();

        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(
            [
                """{"ok":true,"type":"occupancy","uid":"4B1D0007","seq":42,"fields":{"state":"occupied","sinceChange":300,"battery":85}}""",
                """{"ok":false,"error":"CRC_MISMATCH","message":"CRC 0x33 does not match the computed 0x32"}""",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

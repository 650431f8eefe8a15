using System.CommandLine;

namespace Mobius.Micro.Cli.Simulate;

/// <summary>
/// <c>mobius simulate</c> (decode-cli.md): N connectors speaking connector-protocol.md to a broker,
/// realistic EnOcean and WorkOcc telegrams at a fixed offered rate, optional provisioning through the
/// Engine API, and misbehaving messages on request.
/// </summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var options = new SimulateCommandOptions();
        var command = new Command("simulate", "Simulate connectors: signed up/status messages with realistic telegrams at a fixed rate");
        options.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var (settings, problems) = options.Read(parsed);
            if (settings is null)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"error: {problem}");
                }

                return SimulateExitCodes.InvalidOptions;
            }

            using var stop = new StopSignals(cancellationToken);
            return await new SimulationRunner(settings, output, error, TimeProvider.System).RunAsync(stop.Token);
        });
        return command;
    }
}

using System.CommandLine;

var mobius = new RootCommand("Mobius.Micro command line: decode telegrams, simulate connectors.");
mobius.Subcommands.Add(Mobius.Micro.Cli.Simulate.SimulateCommand.Create());
mobius.Subcommands.Add(Mobius.Micro.Cli.WorkOcc.WorkOccCommand.Create());
mobius.Subcommands.Add(Mobius.Micro.Cli.EnOcean.EnOceanCommand.Create());
return await mobius.Parse(args).InvokeAsync();

using System.CommandLine;

var mobius = new RootCommand("Mobius.Micro command line: decode telegrams, simulate connectors.");
return await mobius.Parse(args).InvokeAsync();

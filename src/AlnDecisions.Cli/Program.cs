using AlnDecisions.Cli.Hosting;

return await AlnRules.RunAsync(args, CliConsole.FromProcess());

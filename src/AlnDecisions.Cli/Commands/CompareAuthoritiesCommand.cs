using System.CommandLine;
using AlnDecisions.Cli.Hosting;

namespace AlnDecisions.Cli.Commands;

internal static class CompareAuthoritiesCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("compare-authorities", "placeholder");
        command.SetAction((parse, _) => Task.FromResult(ExitCodes.Ok));
        return command;
    }
}

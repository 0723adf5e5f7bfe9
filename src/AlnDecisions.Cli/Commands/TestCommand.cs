using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Scenarios;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules test</c>: runs the scenarios without a build, against any rules directory.</summary>
internal static class TestCommand
{
    public static Command Build(CliConsole console)
    {
        var features = CommonOptions.Positional("FEATURES_DIR", "the scenarios (default: features/ of the repository)");
        var rules = CommonOptions.Rules("the rules the scenarios run against (default: rules/ of the repository); scenarios that name a fixture directory keep it");
        var filter = new Option<string?>("--filter") { Description = "run only scenarios whose id (file:line name) contains TEXT; fails when none does", HelpName = "TEXT" };
        var format = CommonOptions.Format();
        var command = new Command("test", "Run the Gherkin scenarios; the last line is \"N passed, N failed\".") { features, rules, filter, format };
        command.SetAction(async (parse, _) =>
        {
            var featuresDir = RepositoryPaths.Features(parse.GetValue(features));
            var rulesDir = RepositoryPaths.Rules(parse.GetValue(rules));
            var text = parse.GetValue(filter);
            var runs = await ScenarioSuite.RunAsync(featuresDir, rulesDir, text, console);
            if (runs.Count == 0)
            {
                throw new CommandFailedException(text is null ? $"no scenarios in {featuresDir}" : $"no scenario matches --filter '{text}' in {featuresDir}", ExitCodes.Findings);
            }

            var passed = runs.Count(r => r.Passed);
            var failed = runs.Count - passed;
            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, new
                {
                    passed,
                    failed,
                    scenarios = runs.Select(r => new { id = r.Scenario.Id, passed = r.Passed, failure = r.Failure }),
                });
            }
            else
            {
                foreach (var run in runs)
                {
                    await console.Out.WriteLineAsync(run.Passed
                        ? $"  ok    {run.Scenario.Id}"
                        : $"  FAIL  {run.Scenario.Id}{Environment.NewLine}        {run.Failure!.Replace(Environment.NewLine, Environment.NewLine + "        ", StringComparison.Ordinal)}");
                }

                await console.Out.WriteLineAsync($"{passed} passed, {failed} failed");
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}

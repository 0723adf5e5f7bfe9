using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Coverage;
using AlnDecisions.Cli.Scenarios;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules coverage</c>: for every rule, the scenarios that reached it; rules no scenario reaches first.</summary>
internal static class CoverageCommand
{
    public static Command Build(CliConsole console)
    {
        var features = CommonOptions.Positional("FEATURES_DIR", "the scenarios (default: features/ of the repository)");
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format();
        var command = new Command("coverage", "For every rule in every rule set: the scenarios that reached it and how it came out there (PASSED, FAILED, UNDETERMINED, ERROR). Rules no scenario reaches are listed first.")
        {
            features, rules, format,
        };
        command.SetAction(async (parse, _) =>
        {
            var featuresDir = RepositoryPaths.Features(parse.GetValue(features));
            var rulesDir = RepositoryPaths.Rules(parse.GetValue(rules));
            var coverage = await MeasureAsync(featuresDir, rulesDir, console);
            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, new { ruleSets = coverage.RuleSets, rules = coverage.Rules });
                return ExitCodes.Ok;
            }

            var unreached = coverage.Rules.Where(r => r.Reached.Count == 0).ToArray();
            await console.Out.WriteLineAsync($"Rules no scenario reaches: {unreached.Length} of {coverage.Rules.Count}");
            foreach (var rule in unreached)
            {
                await console.Out.WriteLineAsync($"  {rule.RuleSet}@{rule.Version}  {rule.Rule}  ({rule.File})");
            }

            await console.Out.WriteLineAsync();
            await console.Out.WriteLineAsync("Rules scenarios reach:");
            foreach (var rule in coverage.Rules.Where(r => r.Reached.Count > 0))
            {
                var tally = string.Join(", ", rule.Reached.GroupBy(r => r.Result).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} in {g.Count()}"));
                await console.Out.WriteLineAsync($"  {rule.RuleSet}@{rule.Version}  {rule.Rule}: {tally}");
                foreach (var reach in rule.Reached)
                {
                    await console.Out.WriteLineAsync($"      {reach.Result,-12} {reach.Scenario}{(reach.ScenarioPassed ? string.Empty : "  (scenario FAILED)")}");
                }
            }

            await console.Out.WriteLineAsync();
            await WriteSummaryAsync(console.Out, coverage);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs every scenario in <paramref name="featuresDir"/> against <paramref name="rulesDir"/> and works out what they reach.</summary>
    public static async Task<ScenarioCoverage> MeasureAsync(string featuresDir, string rulesDir, CliConsole console)
    {
        var runs = await ScenarioSuite.RunAsync(featuresDir, rulesDir, null, console);
        return ScenarioCoverage.Of(await RulesLoading.CatalogAsync(rulesDir), runs);
    }

    public static async Task WriteSummaryAsync(TextWriter output, ScenarioCoverage coverage)
    {
        await output.WriteLineAsync("Scenario coverage by rule set:");
        foreach (var set in coverage.RuleSets.Where(s => s.Rules > 0))
        {
            await output.WriteLineAsync($"  {set.Percent,3}%  {set.Reached,3}/{set.Rules,-3} {set.RuleSet}@{set.Version}  ({set.File})");
        }
    }
}

using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Coverage;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Cli.Commands;

/// <summary>
/// <c>aln-rules validate [DIR]</c>: loads every rule file as the server would and reports every
/// problem at once; also that each of the 22 authorities has its IDP rule set, and how much of each
/// rule set the scenarios reach (<c>--min-coverage N</c> fails below N %).
/// </summary>
internal static class ValidateCommand
{
    public static Command Build(CliConsole console)
    {
        var dir = CommonOptions.Positional("DIR", "the rules directory to check (default: rules/ of the repository)");
        var rules = CommonOptions.Rules("the same as DIR");
        var features = new Option<string?>("--features") { Description = "the scenarios whose coverage is measured (default: features/ of the repository)", HelpName = "DIR" };
        var minCoverage = new Option<int?>("--min-coverage") { Description = "fail when the scenarios reach less than N % of the rules of any rule set", HelpName = "N" };
        minCoverage.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } n && (n < 0 || n > 100))
            {
                result.AddError("--min-coverage must be a percentage from 0 to 100");
            }
        });
        var format = CommonOptions.Format();
        var command = new Command("validate", "Check every rule file (all problems at once, as file:line:column: CODE [rule]: message), that every authority has its IDP rule set, and the scenario coverage of each rule set.")
        {
            dir, rules, features, minCoverage, format,
        };
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(dir) is not null && parse.GetValue(rules) is not null)
            {
                throw new CommandFailedException("give the rules directory once: as DIR or as --rules", ExitCodes.Usage);
            }

            var directory = RepositoryPaths.Rules(parse.GetValue(dir) ?? parse.GetValue(rules));
            var catalog = await RulesLoading.CatalogAsync(directory);

            // The loader reports every problem, a duplicate version or a missing authority file included.
            var problems = catalog.Problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToArray();
            var minimum = parse.GetValue(minCoverage);

            ScenarioCoverage? coverage = null;
            var featuresGiven = parse.GetValue(features);
            if (featuresGiven is not null || minimum is not null || RepositoryPaths.Root() is not null)
            {
                coverage = problems.Length == 0 ? await CoverageCommand.MeasureAsync(RepositoryPaths.Features(featuresGiven), directory, console) : null;
            }

            var belowMinimum = minimum is { } min && coverage is not null
                ? coverage.RuleSets.Where(s => s.Rules > 0 && s.Percent < min).ToArray()
                : [];
            var failed = problems.Length > 0 || belowMinimum.Length > 0;

            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, new
                {
                    directory,
                    valid = problems.Length == 0,
                    ruleSetVersions = catalog.RuleSets.Count,
                    files = catalog.Files.Count,
                    problems,
                    coverage = coverage?.RuleSets,
                    minCoverage = minimum,
                    belowMinCoverage = belowMinimum,
                });
                return failed ? ExitCodes.Findings : ExitCodes.Ok;
            }

            foreach (var problem in problems)
            {
                await console.Out.WriteLineAsync(problem.ToString());
            }

            if (coverage is not null)
            {
                await CoverageCommand.WriteSummaryAsync(console.Out, coverage);
            }
            else if (problems.Length > 0)
            {
                await console.Out.WriteLineAsync("Scenario coverage: not measured while the rules have problems");
            }

            foreach (var set in belowMinimum)
            {
                await console.Out.WriteLineAsync($"{set.File}:1:1: COVERAGE_BELOW_MINIMUM: scenarios reach {set.Percent}% of the rules of {set.RuleSet}@{set.Version}; --min-coverage is {minimum}%");
            }

            await console.Out.WriteLineAsync(problems.Length == 0
                ? $"{catalog.RuleSets.Count} rule-set versions in {catalog.Files.Count} files: all valid"
                : $"{problems.Length} problem(s) in {problems.Select(p => p.File).Distinct().Count()} of {catalog.Files.Count} files");
            return failed ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}

using AlnDecisions.Cli.Scenarios;
using AlnDecisions.Specs;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules test [features-dir]</c>: runs the scenarios outside xUnit, for policy officers and testers.</summary>
internal static class TestCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter output)
    {
        var features = RepositoryPaths.Features(args.Positional.FirstOrDefault());
        var filter = args.Option("filter");
        var root = ScenarioEnvironment.FindRepositoryRoot(features);
        var runner = ScenarioRunner.Create(new ScenarioEnvironment(root));
        var scenarios = FeatureReader.ReadAll(features)
            .Where(s => filter is null || s.Id.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToArray();

        var passed = 0;
        var failed = 0;
        foreach (var scenario in scenarios)
        {
            var run = await runner.RunAsync(scenario);
            if (run.Passed)
            {
                passed++;
                await output.WriteLineAsync($"  ok    {scenario.Id}");
            }
            else
            {
                failed++;
                await output.WriteLineAsync($"  FAIL  {scenario.Id}{Environment.NewLine}        {run.Failure!.Replace(Environment.NewLine, Environment.NewLine + "        ", StringComparison.Ordinal)}");
            }
        }

        await output.WriteLineAsync($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}

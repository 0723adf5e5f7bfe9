using AlnDecisions.Cli.Hosting;
using AlnDecisions.Specs;

namespace AlnDecisions.Cli.Scenarios;

/// <summary>Runs a features directory against a rules directory: what test, coverage and validate share.</summary>
internal static class ScenarioSuite
{
    /// <summary>Every scenario under <paramref name="featuresDirectory"/> (those whose id contains <paramref name="filter"/>, when given), run against <paramref name="rulesDirectory"/>.</summary>
    public static async Task<IReadOnlyList<ScenarioRun>> RunAsync(string featuresDirectory, string rulesDirectory, string? filter, CliConsole console)
    {
        var scenarios = FeatureReader.ReadAll(featuresDirectory)
            .Where(s => filter is null || s.Id.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var runner = ScenarioRunner.Create(new ScenarioEnvironment(RootFor(featuresDirectory), rulesDirectory));
        var runs = new List<ScenarioRun>(scenarios.Length);
        using var progress = console.StartProgress("scenarios", scenarios.Length);
        foreach (var scenario in scenarios)
        {
            runs.Add(await runner.RunAsync(scenario));
            progress.Advance();
        }

        return runs;
    }

    // Fixture directories a scenario names ("the rules are loaded from tests/fixtures/...") are
    // relative to the repository the features belong to.
    private static string RootFor(string featuresDirectory)
    {
        try
        {
            return ScenarioEnvironment.FindRepositoryRoot(featuresDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return RepositoryPaths.Root() ?? Path.GetDirectoryName(Path.GetFullPath(featuresDirectory))!;
        }
    }
}

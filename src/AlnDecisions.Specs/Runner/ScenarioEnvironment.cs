using System.Collections.Concurrent;
using AlnDecisions.Contract;

namespace AlnDecisions.Specs.Runner;

/// <summary>
/// What scenarios run against: the repository's rules/ by default, or another rules directory a
/// scenario names (fixture rule sets). Each directory is loaded once and shared by every scenario.
/// </summary>
public sealed class ScenarioEnvironment(string repositoryRoot)
{
    // Scenarios name their decision date; with none, "today" is fixed so results do not drift.
    private static readonly DateTimeOffset Today = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, Lazy<Task<DecisionPipeline>>> _pipelines = new(StringComparer.Ordinal);

    /// <summary>The repository root; relative rules directories are resolved against it.</summary>
    public string RepositoryRoot { get; } = Path.GetFullPath(repositoryRoot);

    /// <summary>The pipeline over <paramref name="rulesDirectory"/> (relative to the repository root), or over rules/ when null.</summary>
    public Task<DecisionPipeline> PipelineAsync(string? rulesDirectory = null)
    {
        var directory = Path.GetFullPath(Path.Combine(RepositoryRoot, rulesDirectory ?? "rules"));
        return _pipelines.GetOrAdd(directory, dir => new Lazy<Task<DecisionPipeline>>(async () =>
        {
            var pipeline = await DecisionPipeline.LoadAsync(dir, new FixedClock(Today));
            var problems = pipeline.Registry.Current.Problems.ToArray();
            if (problems.Length > 0)
            {
                throw new ScenarioFailedException($"The rules in {dir} do not load:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => p.ToString()))}");
            }

            return pipeline;
        })).Value;
    }

    /// <summary>Finds the repository root (the folder with AlnDecisions.sln) above <paramref name="start"/>.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlnDecisions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No AlnDecisions.sln above '{start}'.");
    }
}

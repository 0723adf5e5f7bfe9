using System.Collections.Concurrent;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Specs.Steps;
using Google.Protobuf;

namespace AlnDecisions.Specs;

/// <summary>
/// What scenarios run against: a rules directory (the repository's rules/ unless the runner names
/// another), or a fixture directory a scenario names. Each directory is loaded once and shared by
/// every scenario. This is the one place a scenario's request is decided.
/// </summary>
public sealed class ScenarioEnvironment
{
    // Scenarios name their decision date; with none, "today" is fixed so results do not drift.
    private static readonly DateTimeOffset Today = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, Lazy<Task<DecisionPipeline>>> _pipelines = new(StringComparer.Ordinal);

    /// <summary>An environment over <paramref name="repositoryRoot"/>; <paramref name="rulesDirectory"/> (default: its rules/) serves scenarios that name none.</summary>
    public ScenarioEnvironment(string repositoryRoot, string? rulesDirectory = null)
    {
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        RulesDirectory = Path.GetFullPath(Path.Combine(RepositoryRoot, rulesDirectory ?? "rules"));
    }

    /// <summary>The repository root; rules directories a scenario names are resolved against it.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The rules directory for scenarios that do not name one.</summary>
    public string RulesDirectory { get; }

    /// <summary>The pipeline over <paramref name="rulesDirectory"/> (relative to the repository root), or over <see cref="RulesDirectory"/> when null.</summary>
    public Task<DecisionPipeline> PipelineAsync(string? rulesDirectory = null)
    {
        var directory = rulesDirectory is null ? RulesDirectory : Path.GetFullPath(Path.Combine(RepositoryRoot, rulesDirectory));
        // Loaded on the thread pool, away from any test framework's synchronisation context: SpecFlow
        // waits on async steps synchronously, and continuations queued behind those waits starve.
        return _pipelines.GetOrAdd(directory, dir => new Lazy<Task<DecisionPipeline>>(() => Task.Run(async () =>
        {
            var pipeline = await DecisionPipeline.LoadAsync(dir, new FixedClock(Today)).ConfigureAwait(false);
            var problems = pipeline.Registry.Current.Problems.ToArray();
            if (problems.Length > 0)
            {
                throw new ScenarioFailedException($"The rules in {dir} do not load:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => p.ToString()))}");
            }

            return pipeline;
        }))).Value;
    }

    /// <summary>Decides the request <paramref name="scenario"/> has built, through the edge pipeline, and records the answer on it.</summary>
    public async Task DecideAsync(DecisionScenario scenario)
    {
        DecisionRequest request;
        try
        {
            request = ContractJson.Parser.Parse<DecisionRequest>(scenario.Request.ToString());
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new ScenarioFailedException($"The request the scenario built is not valid contract JSON: {ex.Message}{Environment.NewLine}{scenario.Request}");
        }

        var pipeline = await PipelineAsync(scenario.RulesDirectory).ConfigureAwait(false);
        scenario.Record(await pipeline.DecideAsync(request).ConfigureAwait(false));
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

using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using BenchmarkDotNet.Attributes;

namespace AlnDecisions.Benchmarks;

/// <summary>What one in-process Decide costs: a fully known case, and one whose unknowns the engine must probe.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class DecideBenchmarks
{
    private DecisionEngine _engine = null!;
    private DecisionCase _known = null!;
    private DecisionCase _unknowns = null!;

    public static string RepositoryRoot { get; } = FindRoot();

    [GlobalSetup]
    public async Task Setup()
    {
        var registry = await RuleSetRegistry.LoadAsync(Path.Combine(RepositoryRoot, "rules"));
        _engine = new DecisionEngine(registry, new DecisionIdGenerator(TimeProvider.System));
        _known = new DecisionCase("bench", "cardiff", new DateOnly(2025, 10, 1), [DecisionKind.AlnDetermination], new Learner(
            DateOfBirth: new DateOnly(2015, 3, 2),
            Needs: new Needs(SignificantlyGreaterDifficulty: true, DisabilityHindersUseOfFacilities: false, SolelyLanguageOfHome: false),
            Provision: new Provision(MetByUniversalProvision: false, ReasonableAdjustmentsConsidered: true, AdditionalOrDifferentRequired: true)));
        _unknowns = _known with { Learner = new Learner(DateOfBirth: new DateOnly(2015, 3, 2), Provision: new Provision(AdditionalOrDifferentRequired: true)) };
    }

    [Benchmark(Baseline = true)]
    public Task<DecisionSet> DecideKnownFacts() => _engine.DecideAsync(_known);

    [Benchmark]
    public Task<DecisionSet> DecideWithUnknownFacts() => _engine.DecideAsync(_unknowns);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlnDecisions.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

using AlnDecisions.Domain;
using BenchmarkDotNet.Attributes;
using RulesEngine.Models;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// What one in-process decision costs, beside raw RulesEngine running the same workflows over the
/// same facts in the same run (the baseline of each pair).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DecideBenchmarks
{
    private BenchmarkCase _known = null!;
    private BenchmarkCase _unknowns = null!;
    private BenchmarkCase _crossBorder = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var pipeline = await BenchmarkCases.PipelineAsync();
        _known = await BenchmarkCase.CreateAsync("aln-known", pipeline, BenchmarkCases.AlnKnown);
        _unknowns = await BenchmarkCase.CreateAsync("aln-unknowns", pipeline, BenchmarkCases.AlnUnknowns);
        _crossBorder = await BenchmarkCase.CreateAsync("cross-border-every-kind", pipeline, BenchmarkCases.CrossBorder);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<List<RuleResultTree>> RawAln() => _known.Raw.RunAsync();

    [Benchmark]
    public DecisionSet AlnFull() => _known.Engine.Decide(_known.Case);

    [Benchmark]
    public DecisionSet AlnBasic() => _known.Engine.Decide(_known.Case, explainEveryRule: false);

    [Benchmark]
    public DecisionSet AlnWithUnknownFacts() => _unknowns.Engine.Decide(_unknowns.Case);

    [Benchmark]
    public ValueTask<List<RuleResultTree>> RawCrossBorder() => _crossBorder.Raw.RunAsync();

    [Benchmark]
    public DecisionSet CrossBorderEveryKindFull() => _crossBorder.Engine.Decide(_crossBorder.Case);
}

using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Evaluation;
using RulesEngine.Models;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// One case to measure, ready both ways: as the project decides it (a mapped case for the engine)
/// and as raw RulesEngine runs the same workflows, with the same settings, over the same facts.
/// </summary>
internal sealed class BenchmarkCase
{
    private BenchmarkCase(string name, DecisionEngine engine, DecisionCase decisionCase, RawRulesEngine raw)
    {
        Name = name;
        Engine = engine;
        Case = decisionCase;
        Raw = raw;
    }

    public string Name { get; }

    public DecisionEngine Engine { get; }

    public DecisionCase Case { get; }

    public RawRulesEngine Raw { get; }

    /// <summary>Maps <paramref name="json"/> as the service does and prepares the raw run of every workflow the engine evaluates for it.</summary>
    public static async Task<BenchmarkCase> CreateAsync(string name, DecisionPipeline pipeline, string json)
    {
        var request = ContractJson.Parser.Parse<DecisionRequest>(json);
        var mapping = DecisionRequestMapper.Map(request, pipeline.Today());
        if (!mapping.IsValid)
        {
            throw new InvalidOperationException($"{name}: {string.Join("; ", mapping.Violations.Select(v => $"{v.Field}: {v.Description}"))}");
        }

        var engine = new DecisionEngine(pipeline.Registry, new DecisionIdGenerator(TimeProvider.System));
        var run = engine.Run(mapping.Case!, explainEveryRule: true);
        return new BenchmarkCase(name, engine, mapping.Case!, await RawRulesEngine.ForAsync(pipeline.Registry.Current, run));
    }
}

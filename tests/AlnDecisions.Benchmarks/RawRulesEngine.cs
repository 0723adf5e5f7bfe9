using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Expressions;
using RulesEngine.Models;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// The baseline: Microsoft RulesEngine 6.0.1 running, with <c>ExecuteAllRulesAsync</c>, every
/// workflow the engine evaluated for a case (once each), with the adapter's own ReSettings, over
/// objects of the rule-facing types holding the same fact values the engine read.
/// </summary>
internal sealed class RawRulesEngine
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly string[] _workflows;
    private readonly RuleParameter[] _parameters;

    private RawRulesEngine(RulesEngine.RulesEngine engine, string[] workflows, RuleParameter[] parameters)
    {
        _engine = engine;
        _workflows = workflows;
        _parameters = parameters;
    }

    public int WorkflowCount => _workflows.Length;

    public static async Task<RawRulesEngine> ForAsync(RuleSetCatalog catalog, DecisionRun run)
    {
        var sets = run.Evaluated.Where(set => set.HasRules).ToArray();
        var workflows = sets.Select((set, i) => new Workflow
        {
            WorkflowName = $"{i}:{set.Definition.Id}@{set.Definition.Version}",
            Rules = set.Definition.Rules.Select(rule => new Rule
            {
                RuleName = rule.Name,
                Expression = rule.Expression,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            }).ToList(),
        }).ToArray();
        var engine = new RulesEngine.RulesEngine(workflows, RulesEngineAdapter.Settings);
        var objects = catalog.Model.Types.Instantiate(run.Facts!.Slots);
        var parameters = objects.Select(root => new RuleParameter(root.Key, root.Value)).ToArray();
        var raw = new RawRulesEngine(engine, workflows.Select(w => w.WorkflowName).ToArray(), parameters);

        // Compile every workflow now (RulesEngine compiles on first use) and check it evaluates.
        foreach (var result in await raw.RunAsync())
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"raw RulesEngine cannot run rule {result.Rule.RuleName}: {result.ExceptionMessage}");
            }
        }

        return raw;
    }

    /// <summary>Every workflow once; the results of the last, so nothing is optimised away.</summary>
    public async ValueTask<List<RuleResultTree>> RunAsync()
    {
        List<RuleResultTree> last = [];
        foreach (var workflow in _workflows)
        {
            last = await _engine.ExecuteAllRulesAsync(workflow, _parameters);
        }

        return last;
    }
}

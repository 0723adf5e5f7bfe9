using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;
using RulesEngine.Models;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Evaluates one rule set as an ordered decision list (first rule that passes decides), keeping
/// unknown apart from false: a rule that reads an unknown fact is tried with every value that fact
/// can take, and only if the answer is the same for all of them is it taken as known.
/// </summary>
internal static class LayerEvaluator
{
    /// <summary>Beyond this many combinations of unknown values a rule is left undetermined rather than tried.</summary>
    private const int MaxCombinations = 64;

    public static async Task<LayerResult> EvaluateAsync(RulesEngine.RulesEngine engine, RuleSetDefinition ruleSet, FactInputs inputs, bool alreadyBlocked)
    {
        var results = await engine.ExecuteAllRulesAsync(ruleSet.EngineWorkflowName, inputs.ToParameters());
        var byName = results.ToDictionary(r => r.Rule.RuleName, StringComparer.Ordinal);
        var reasons = new List<Reason>(ruleSet.Rules.Count);
        var missing = new List<string>();
        RuleDefinition? decided = null;
        RuleDefinition? errored = null;
        var blocked = alreadyBlocked;
        var stopped = false;

        foreach (var rule in ruleSet.Rules)
        {
            if (stopped)
            {
                reasons.Add(ReasonFor(ruleSet, rule, RuleResult.NotApplicable, inputs));
                continue;
            }

            var result = await ResultOfAsync(engine, ruleSet, rule, byName[rule.Name], inputs);
            reasons.Add(ReasonFor(ruleSet, rule, result, inputs));
            switch (result)
            {
                case RuleResult.Error:
                    errored = rule;
                    stopped = true;
                    break;
                case RuleResult.Undetermined:
                    blocked = true;
                    missing.AddRange(UnknownFacts(rule, inputs).Select(f => f.RequestName));
                    break;
                case RuleResult.Passed:
                    // Behind an undetermined rule a passing rule cannot decide: the earlier rule
                    // might pass too once its facts are known. Either way nothing later matters.
                    decided = blocked ? null : rule;
                    if (blocked && rule.Outcome == Outcomes.MoreInformationNeeded)
                    {
                        missing.AddRange(rule.MissingFacts);
                    }

                    stopped = true;
                    break;
            }
        }

        return new LayerResult(reasons, missing.Distinct(StringComparer.Ordinal).ToArray(), decided, errored, blocked);
    }

    private static async Task<RuleResult> ResultOfAsync(RulesEngine.RulesEngine engine, RuleSetDefinition ruleSet, RuleDefinition rule, RuleResultTree evaluated, FactInputs inputs)
    {
        var unknown = UnknownFacts(rule, inputs);
        if (unknown.Count == 0)
        {
            return Settled(evaluated);
        }

        if (unknown.Any(f => f.PossibleValues is null) || unknown.Aggregate(1L, (n, f) => n * f.PossibleValues!.Count) > MaxCombinations)
        {
            return RuleResult.Undetermined;
        }

        // Try every combination of the unknown facts' values; the rule is settled only if all agree.
        bool? agreed = null;
        foreach (var combination in Combinations(unknown))
        {
            var trial = inputs.Clone();
            for (var i = 0; i < unknown.Count; i++)
            {
                unknown[i].Set(trial, combination[i]);
            }

            var outcome = await engine.ExecuteActionWorkflowAsync(ruleSet.EngineWorkflowName, rule.Name, trial.ToParameters());
            var tree = outcome.Results[0];
            if (RuleSetCompiler.IsEvaluationError(tree))
            {
                return RuleResult.Undetermined;
            }

            if (agreed is null)
            {
                agreed = tree.IsSuccess;
            }
            else if (agreed != tree.IsSuccess)
            {
                return RuleResult.Undetermined;
            }
        }

        return agreed == true ? RuleResult.Passed : RuleResult.Failed;
    }

    private static RuleResult Settled(RuleResultTree evaluated) =>
        RuleSetCompiler.IsEvaluationError(evaluated) ? RuleResult.Error : evaluated.IsSuccess ? RuleResult.Passed : RuleResult.Failed;

    private static List<Fact> UnknownFacts(RuleDefinition rule, FactInputs inputs) =>
        rule.Facts.Where(fact => fact.Get(inputs) is null).ToList();

    private static IEnumerable<object[]> Combinations(IReadOnlyList<Fact> facts)
    {
        var indexes = new int[facts.Count];
        while (true)
        {
            yield return facts.Select((fact, i) => fact.PossibleValues![indexes[i]]).ToArray();
            var position = 0;
            while (position < facts.Count && ++indexes[position] == facts[position].PossibleValues!.Count)
            {
                indexes[position++] = 0;
            }

            if (position == facts.Count)
            {
                yield break;
            }
        }
    }

    private static Reason ReasonFor(RuleSetDefinition ruleSet, RuleDefinition rule, RuleResult result, FactInputs inputs) => new(
        ruleSet.Id,
        rule.Name,
        ruleSet.Layer,
        result,
        rule.Facts.Select(fact => new FactValue(fact.Path, Fact.Show(fact.Get(inputs)))).ToArray(),
        rule.Citations,
        rule.Text);
}

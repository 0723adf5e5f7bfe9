using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;
using RulesEngine.Models;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Evaluates one rule set as an ordered decision list (the first rule that passes decides),
/// keeping unknown apart from false. A rule that reads an unknown fact is tried with every value
/// that fact can take: if every value gives the same answer the rule is settled anyway; if not it
/// is undetermined, and a later rule may still decide only when it gives the same outcome the
/// undetermined ones would (so the unknown cannot change the answer). Only facts whose value can
/// change an undetermined rule's answer are reported as missing.
/// </summary>
internal static class LayerEvaluator
{
    /// <summary>Beyond this many combinations of unknown values a rule is left undetermined rather than tried.</summary>
    private const int MaxCombinations = 512;

    public static async Task<LayerResult> EvaluateAsync(RulesEngine.RulesEngine engine, RuleSetDefinition ruleSet, FactInputs inputs, IReadOnlyList<RuleDefinition> blockedBy)
    {
        var results = await engine.ExecuteAllRulesAsync(ruleSet.EngineWorkflowName, inputs.ToParameters());
        var byName = results.ToDictionary(r => r.Rule.RuleName, StringComparer.Ordinal);
        var reasons = new List<Reason>(ruleSet.Rules.Count);
        var missing = new List<string>();
        var blocking = blockedBy.ToList();
        RuleDefinition? decided = null;
        RuleDefinition? errored = null;
        var stopped = false;

        foreach (var rule in ruleSet.Rules)
        {
            if (stopped)
            {
                reasons.Add(ReasonFor(ruleSet, rule, RuleResult.NotApplicable, inputs));
                continue;
            }

            var (result, sensitive) = await ResultOfAsync(engine, ruleSet, rule, byName[rule.Name], inputs);
            reasons.Add(ReasonFor(ruleSet, rule, result, inputs));
            switch (result)
            {
                case RuleResult.Error:
                    errored = rule;
                    stopped = true;
                    break;
                case RuleResult.Undetermined:
                    blocking.Add(rule);
                    missing.AddRange(sensitive);
                    break;
                case RuleResult.Passed:
                    // Behind undetermined rules this rule decides only if they would all give the
                    // same answer; otherwise nothing after it matters until their facts are known.
                    // Behind undetermined rules a rule that itself asks for information adds
                    // nothing: the undetermined rules' facts are what is missing.
                    if (blocking.All(b => b.DecidesSameAs(rule, inputs)))
                    {
                        decided = rule;
                        missing.Clear();
                    }

                    stopped = true;
                    break;
            }
        }

        return new LayerResult(reasons, missing.Distinct(StringComparer.Ordinal).ToArray(), decided, errored, blocking);
    }

    internal static async Task<(RuleResult Result, IReadOnlyList<string> Sensitive)> ResultOfAsync(
        RulesEngine.RulesEngine engine, RuleSetDefinition ruleSet, RuleDefinition rule, RuleResultTree evaluated, FactInputs inputs)
    {
        var unknown = rule.Facts.Where(fact => fact.Get(inputs) is null).ToList();
        if (unknown.Count == 0)
        {
            return (Settled(evaluated), []);
        }

        var everyUnknown = Expand(unknown.Select(f => f.RequestName), inputs);
        var candidates = unknown.Select(fact => CandidateValues(fact, rule, inputs)).ToArray();
        if (candidates.Any(c => c is null) || candidates.Aggregate(1L, (n, c) => n * c!.Count) > MaxCombinations)
        {
            return (RuleResult.Undetermined, everyUnknown);
        }

        var values = candidates.Select(c => c!).ToArray();

        // Try every combination of the unknown facts' values.
        var outcomes = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var combination in FactCombinations.Of(values))
        {
            var trial = inputs.Clone();
            for (var i = 0; i < unknown.Count; i++)
            {
                unknown[i].Set(trial, combination[i]);
            }

            var tree = (await engine.ExecuteActionWorkflowAsync(ruleSet.EngineWorkflowName, rule.Name, trial.ToParameters())).Results[0];
            if (RuleSetCompiler.IsEvaluationError(tree))
            {
                return (RuleResult.Undetermined, everyUnknown);
            }

            outcomes[Key(combination)] = tree.IsSuccess;
        }

        if (outcomes.Values.Distinct().Count() == 1)
        {
            return (outcomes.Values.First() ? RuleResult.Passed : RuleResult.Failed, []);
        }

        // A fact matters if changing it alone, with the other unknowns held, changes the answer.
        var sensitive = new List<string>();
        for (var i = 0; i < unknown.Count; i++)
        {
            var index = i;
            var matters = FactCombinations.Of(values).Any(combination => values[index].Any(other =>
            {
                var flipped = (object[])combination.Clone();
                flipped[index] = other;
                return outcomes[Key(combination)] != outcomes[Key(flipped)];
            }));
            if (matters)
            {
                sensitive.Add(unknown[i].RequestName);
            }
        }

        return (RuleResult.Undetermined, Expand(sensitive, inputs));
    }

    /// <summary>
    /// The values worth trying for an unknown fact: all of them for booleans and enums; for text and
    /// whole numbers, the values the expression can tell apart (its literals and neighbours, the
    /// values of other known facts of the same kind it may compare with, and one value unlike any
    /// of them). Null when the fact cannot be tried (dates, derived facts).
    /// </summary>
    private static IReadOnlyList<object>? CandidateValues(Fact fact, RuleDefinition rule, FactInputs inputs) => fact.ValueKind switch
    {
        _ when fact.PossibleValues is not null => fact.PossibleValues,
        FactValueKind.Text => rule.TextLiterals
            .Concat(rule.Facts.Where(f => f.ValueKind == FactValueKind.Text && f.Get(inputs) is string).Select(f => (string)f.Get(inputs)!))
            .Append("\u2400unlike-any-other-value")
            .Distinct(StringComparer.Ordinal).Cast<object>().ToArray(),
        FactValueKind.WholeNumber => rule.NumberLiterals.SelectMany(n => new[] { n - 1, n, n + 1 }).Append(0)
            .Distinct().Cast<object>().ToArray(),
        _ => null,
    };

    private static string[] Expand(IEnumerable<string> names, FactInputs inputs) =>
        names.SelectMany(name => inputs.MissingBehind.TryGetValue(name, out var behind) ? behind : [name]).Distinct(StringComparer.Ordinal).ToArray();

    private static string Key(object[] combination) => string.Join('|', combination);

    private static RuleResult Settled(RuleResultTree evaluated) =>
        RuleSetCompiler.IsEvaluationError(evaluated) ? RuleResult.Error : evaluated.IsSuccess ? RuleResult.Passed : RuleResult.Failed;

    internal static Reason ReasonFor(RuleSetDefinition ruleSet, RuleDefinition rule, RuleResult result, FactInputs inputs) => new(
        ruleSet.Id,
        rule.Name,
        ruleSet.Layer,
        result,
        rule.Facts.Select(fact => new FactValue(fact.Path, Fact.Show(fact.Get(inputs)))).ToArray(),
        rule.Citations,
        rule.Text);
}

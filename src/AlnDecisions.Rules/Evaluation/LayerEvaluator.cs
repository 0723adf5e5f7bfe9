using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Evaluates one rule set as an ordered decision list: the first rule that passes decides. A rule
/// left undetermined by unknown facts (<see cref="UnknownFacts"/>) does not stop the list: a later
/// rule that passes decides only if it gives the same answer every undetermined rule before it
/// would give, so the unknown cannot change the answer; otherwise the facts that matter are missing.
/// When the undetermined rules and the one that passes all give the same outcome and differ only in
/// further answers, the outcome is settled whatever the unknown facts are (one of those rules decides
/// either way): it is given, and only the answers they disagree on wait for the facts.
/// </summary>
internal static class LayerEvaluator
{
    public static LayerResult Evaluate(CompiledRuleSet ruleSet, FactSnapshot facts, IReadOnlyList<CompiledRule> blockedBy, bool explain)
    {
        var rules = ruleSet.Rules;
        var reasons = explain ? new Reason[rules.Count] : [];
        List<MissingInformation>? missing = null;
        List<CompiledRule>? blocking = blockedBy.Count > 0 ? [.. blockedBy] : null;
        CompiledRule? decided = null;
        CompiledRule? errored = null;
        IReadOnlyList<CompiledRule> alternatives = [];
        var stopped = false;

        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (stopped)
            {
                if (!explain)
                {
                    break;
                }

                reasons[i] = rule.ReasonFor(RuleResult.NotApplicable, facts);
                continue;
            }

            var (result, sensitive) = UnknownFacts.Probe(rule.Expression, facts);
            if (explain)
            {
                reasons[i] = rule.ReasonFor(result, facts);
            }

            switch (result)
            {
                case RuleResult.Error:
                    errored = rule;
                    stopped = true;
                    break;
                case RuleResult.Undetermined:
                    (blocking ??= []).Add(rule);
                    (missing ??= []).AddRange(sensitive);
                    break;
                case RuleResult.Passed:
                    // Behind undetermined rules this rule decides only if they would all give the
                    // same answer; otherwise nothing after it matters until their facts are known.
                    // A rule that itself asks for information adds nothing behind them: the
                    // undetermined rules' facts are what is missing.
                    if (blocking is null || blocking.All(b => b.DecidesSameAs(rule, facts)))
                    {
                        decided = rule;
                        missing = null;
                    }
                    else if (blocking.All(b => b.Outcome == rule.Outcome))
                    {
                        // The outcome is the same whichever of them applies; the missing facts now
                        // stand only behind the further answers the rules disagree on.
                        decided = rule;
                        alternatives = blocking;
                    }

                    stopped = true;
                    break;
            }
        }

        var passedBehindUnknowns = stopped && errored is null && decided is null;
        return new LayerResult(reasons, missing?.Distinct().ToArray() ?? [], decided, errored, blocking ?? (IReadOnlyList<CompiledRule>)[], alternatives, passedBehindUnknowns);
    }
}

using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Makes decisions: picks the rule-set versions in force on the decision date, evaluates the
/// statutory layer and then the authority's principles (or the national baseline), and explains
/// the result. The server, the CLI and the scenarios all decide through this one class.
/// </summary>
public sealed class DecisionEngine(RuleSetRegistry registry, DecisionIdGenerator ids)
{
    /// <summary>Decides every kind <paramref name="decisionCase"/> asks for, against one catalog snapshot.</summary>
    public async Task<DecisionSet> DecideAsync(DecisionCase decisionCase)
    {
        // One snapshot for the whole request: a reload mid-request cannot mix versions.
        var catalog = registry.Current;
        var date = decisionCase.DecisionDate;
        var schoolAge = catalog.Find(DecisionKind.AlnDetermination, Authorities.National, Layer.Statutory, date)?.CompulsorySchoolAge;
        var inputs = FactInputsBuilder.From(decisionCase, schoolAge);

        var decisions = new List<Decision>();
        foreach (var kind in KindsToDecide(decisionCase, catalog))
        {
            decisions.Add(await DecideKindAsync(catalog, kind, decisionCase, inputs));
        }

        return new DecisionSet(ids.Next(), decisionCase.CaseReference, date, decisions);
    }

    private static IEnumerable<DecisionKind> KindsToDecide(DecisionCase decisionCase, RuleSetCatalog catalog)
    {
        if (decisionCase.Kinds.Count > 0)
        {
            return decisionCase.Kinds.Distinct();
        }

        var statutory = catalog.RuleSets.Where(set => set.Layer == Layer.Statutory).ToArray();
        var inForce = statutory.Where(set => set.IsInForceOn(decisionCase.DecisionDate)).Select(set => set.Kind).Distinct().Order().ToArray();

        // Before any rule set is in force, still answer (NO_RULE_SET_IN_FORCE) for each known kind.
        return inForce.Length > 0 ? inForce : statutory.Select(set => set.Kind).Distinct().Order();
    }

    private static async Task<Decision> DecideKindAsync(RuleSetCatalog catalog, DecisionKind kind, DecisionCase decisionCase, FactInputs inputs)
    {
        var date = decisionCase.DecisionDate;
        var layers = new[]
        {
            catalog.Find(kind, Authorities.National, Layer.Statutory, date),
            catalog.Find(kind, decisionCase.Authority, Layer.AuthorityPrinciples, date)
                ?? catalog.Find(kind, Authorities.National, Layer.NationalBaseline, date),
        }.OfType<RuleSetDefinition>().ToArray();

        if (layers.Length == 0)
        {
            return new Decision(kind, Outcomes.NoRuleSetInForce,
                new Explanation(ExplanationText.NotInForce(kind, date), [], [], [], null), [], null);
        }

        var reasons = new List<Reason>();
        var missing = new List<string>();
        var used = new List<RuleSetReference>();
        IReadOnlyList<RuleDefinition> blocking = [];
        foreach (var ruleSet in layers)
        {
            var result = await LayerEvaluator.EvaluateAsync(catalog.Engine, ruleSet, inputs, blocking);
            used.Add(ruleSet.Reference);
            reasons.AddRange(result.Reasons);
            missing.AddRange(result.MissingFacts);
            blocking = result.Blocking;

            if (result.Errored is { } errored)
            {
                return new Decision(kind, Outcomes.EvaluationError,
                    new Explanation(ExplanationText.EvaluationError(errored.Name), reasons, [], [], errored.Name), used, ruleSet.Layer);
            }

            if (result.Decided is { } rule)
            {
                var decidedBy = new RuleDecision(rule, ruleSet.Layer);
                return new Decision(kind, rule.Outcome,
                    new Explanation(ExplanationText.Decided(rule.Outcome, decidedBy), reasons, rule.MissingFacts, rule.NextSteps, rule.Name),
                    used, ruleSet.Layer);
            }
        }

        if (blocking.Count > 0)
        {
            var distinct = missing.Distinct(StringComparer.Ordinal).ToArray();
            return new Decision(kind, Outcomes.MoreInformationNeeded,
                new Explanation(ExplanationText.MissingFacts(distinct), reasons, distinct, [ExplanationText.ProvideMissingFacts], null), used, null);
        }

        return new Decision(kind, Outcomes.NoRuleMatched, new Explanation(ExplanationText.NoRuleMatched, reasons, [], [], null), used, null);
    }
}

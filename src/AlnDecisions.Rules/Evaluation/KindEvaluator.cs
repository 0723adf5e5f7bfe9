using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.Plan;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Decides one kind for one authority: the statutory layer first, then the authority's principles
/// (or the national baseline when it has none encoded), as one decision list; or the timescales.
/// </summary>
internal static class KindEvaluator
{
    public static Decision Decide(DecisionRun run, DecisionKind kind, string authority, FactSnapshot facts)
    {
        var catalog = run.Catalog;
        var date = run.Case.DecisionDate;
        var declaration = DecisionKinds.Of(kind);
        var home = facts[facts.Model.Require("learner.homeAuthority")] as string;
        var principlesAuthority = declaration.PrinciplesOfHomeAuthority && Authorities.IsWelsh(home) ? home! : authority;
        var authorityFile = catalog.InForce(kind, principlesAuthority, Layer.AuthorityPrinciples, date);
        var baseline = catalog.InForce(kind, Authorities.National, Layer.NationalBaseline, date);
        var statutory = catalog.InForce(kind, Authorities.National, Layer.Statutory, date);
        if (declaration.Evaluation == KindEvaluation.Timescales && statutory is { HasRules: true })
        {
            run.Evaluated.Add(statutory);
            return TimescaleEvaluator.Decide(catalog, statutory, authorityFile, run.Case, facts, run.ExplainEveryRule);
        }

        var principles = authorityFile is { HasRules: true } ? authorityFile : baseline;
        var layers = new[] { statutory, principles }.OfType<CompiledRuleSet>().Where(set => set.HasRules).ToArray();
        if (layers.Length == 0)
        {
            return new Decision(kind, Outcome.NoRuleSetInForce,
                new Explanation(ExplanationText.NotInForce(kind, date), [], [new MissingInformation.RuleSet(kind, Authorities.National, date)], [], null),
                [], null, Decision.NoFields, []);
        }

        var reasons = new List<Reason>();
        var missing = new List<MissingInformation>();
        var used = new List<RuleSetReference>(3);
        IReadOnlyList<CompiledRule> blocking = [];
        if (authorityFile is { HasRules: false })
        {
            // The authority's file says it inherits the baseline; it still supplies signposting.
            used.Add(authorityFile.Reference);
        }

        foreach (var ruleSet in layers)
        {
            run.Evaluated.Add(ruleSet);
            var result = LayerEvaluator.Evaluate(ruleSet, facts, blocking, run.ExplainEveryRule);
            used.Add(ruleSet.Reference);
            reasons.AddRange(result.Reasons);
            missing.AddRange(result.Missing);
            blocking = result.Blocking;

            if (result.Errored is { } errored)
            {
                return new Decision(kind, Outcome.EvaluationError,
                    new Explanation(ExplanationText.EvaluationError(errored.Name), reasons, [], [], errored.Name), used, ruleSet.Layer, Decision.NoFields, []);
            }

            if (result.Decided is { } rule)
            {
                return Decided(run, kind, authority, facts, rule, result.Alternatives, missing.Distinct().ToArray(), reasons, used);
            }

            if (result.PassedBehindUnknowns)
            {
                // That rule decides this case unless an undetermined rule before it applies, so no
                // later layer's rule can settle it: the undetermined rules' facts are what is missing.
                break;
            }
        }

        if (blocking.Count > 0)
        {
            var distinct = missing.Distinct().ToArray();
            return new Decision(kind, Outcome.MoreInformationNeeded,
                new Explanation(ExplanationText.MissingFacts(distinct), reasons, distinct, [ExplanationText.ProvideMissingFacts], null), used, null, Decision.NoFields, []);
        }

        return new Decision(kind, Outcome.NoRuleMatched, new Explanation(ExplanationText.NoRuleMatched, reasons, [], [], null), used, null, Decision.NoFields, []);
    }

    private static Decision Decided(DecisionRun run, DecisionKind kind, string authority, FactSnapshot facts, CompiledRule rule,
        IReadOnlyList<CompiledRule> alternatives, IReadOnlyList<MissingInformation> undetermined, List<Reason> reasons, List<RuleSetReference> used)
    {
        Dictionary<DecisionField, FieldAnswer>? fields = null;
        List<FieldNeedingInformation>? unsettled = null;
        foreach (var field in rule.Fields)
        {
            if (alternatives.Count > 0 && !alternatives.All(a => a.GivesSameField(field, facts)))
            {
                // Another rule with the same outcome may apply instead and answers this differently.
                (unsettled ??= []).Add(new FieldNeedingInformation(field.Field, undetermined));
            }
            else if (CompiledRule.Resolve(field, facts) is { } answer)
            {
                (fields ??= [])[field.Field] = answer;
            }
            else
            {
                // The rule settles the outcome, but this answer is named by a fact the request left unknown.
                (unsettled ??= []).Add(new FieldNeedingInformation(field.Field, field.FromFact!.AskFor));
            }
        }

        foreach (var field in alternatives.SelectMany(a => a.Fields).Select(f => f.Field).Distinct())
        {
            if (rule.Fields.All(f => f.Field != field))
            {
                (unsettled ??= []).Add(new FieldNeedingInformation(field, undetermined));
            }
        }

        // The authority in whose area the learner is (EN para 73): the home authority when it is Welsh.
        var home = facts[facts.Model.Require("learner.homeAuthority")] as string;
        var area = Authorities.IsWelsh(home) ? home! : authority;
        var date = run.Case.DecisionDate;
        var signposting = run.Catalog.InForce(kind, area, Layer.AuthorityPrinciples, date)?.Definition.Signposting
            ?? run.Catalog.InForce(kind, Authorities.National, Layer.NationalBaseline, date)?.Definition.Signposting
            ?? [];
        var responsible = fields?.GetValueOrDefault(DecisionField.ResponsibleAuthority) is FieldAnswer.Authority named ? named.Code : area;
        var nextSteps = new List<LocalisedText>(rule.Definition.NextSteps.Count + signposting.Count);
        foreach (var step in rule.Definition.NextSteps)
        {
            nextSteps.Add(rule.NextStepsNeedNames ? AuthorityPlaceholders.Fill(step, area, responsible) : step);
        }

        foreach (var step in signposting)
        {
            nextSteps.Add(AuthorityPlaceholders.Fill(step, area, responsible));
        }

        // A rule's text may name the authority it makes responsible, as its next steps may.
        var summary = rule.NextStepsNeedNames || rule.DecidedSummary.En.Contains('{', StringComparison.Ordinal) ? AuthorityPlaceholders.Fill(rule.DecidedSummary, area, responsible) : rule.DecidedSummary;
        if (unsettled is not null)
        {
            summary = ExplanationText.WithFieldsNeedingInformation(summary, unsettled);
            nextSteps.Add(ExplanationText.ProvideMissingFacts);
        }

        return new Decision(kind, rule.Outcome,
            new Explanation(summary, reasons, rule.MissingFacts, nextSteps, rule.Name),
            used, rule.Layer, (IReadOnlyDictionary<DecisionField, FieldAnswer>?)fields ?? Decision.NoFields, [])
        {
            FieldsNeedingInformation = (IReadOnlyList<FieldNeedingInformation>?)unsettled ?? [],
        };
    }
}

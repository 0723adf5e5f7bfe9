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
        var kinds = KindsToDecide(decisionCase, catalog).ToArray();

        var decisions = new List<Decision>();
        Decision? aln = null;
        if (kinds.Any(kind => kind != DecisionKind.AlnDetermination))
        {
            // Later kinds turn on whether the learner has ALN: the caller's recorded determination
            // when given, else this request's own ALN decision.
            aln = await DecideKindAsync(catalog, DecisionKind.AlnDetermination, decisionCase, inputs);
            inputs.Aln.Status = decisionCase.Learner.HasAln switch
            {
                true => "HAS_ALN",
                false => "NO_ALN",
                null => aln.Outcome is "HAS_ALN" or "NO_ALN" ? aln.Outcome : "NOT_DECIDED",
            };
        }

        PrinciplesComparison? comparison = null;
        if (kinds.Contains(DecisionKind.CrossBorder))
        {
            comparison = await CompareAuthoritiesAsync(catalog, decisionCase, inputs);
        }

        foreach (var kind in kinds)
        {
            var decision = kind == DecisionKind.AlnDetermination && aln is not null
                ? aln
                : await DecideKindAsync(catalog, kind, decisionCase, inputs);
            if (kind == DecisionKind.CrossBorder && comparison is not null)
            {
                decision = WithComparison(decision, comparison);
            }

            // Asked for everything, a caller wants the decisions that apply to this learner.
            if (decisionCase.Kinds.Count == 0 && kind != DecisionKind.AlnDetermination && decision.Outcome is "NOT_APPLICABLE" or "NOT_CROSS_BORDER")
            {
                continue;
            }

            decisions.Add(decision);
        }

        return new DecisionSet(ids.Next(), decisionCase.CaseReference, date, decisions);
    }

    /// <summary>
    /// For a learner living in one Welsh authority and at school in another: the IDP question under
    /// each authority's principles. The home authority's answer settles it (it is the authority
    /// responsible, EN para 73), and cross-border rules read both through <c>idp.*</c>.
    /// </summary>
    private static async Task<PrinciplesComparison?> CompareAuthoritiesAsync(RuleSetCatalog catalog, DecisionCase decisionCase, FactInputs inputs)
    {
        var home = decisionCase.Learner.HomeAuthority;
        var school = decisionCase.Learner.Setting?.Authority;
        if (home is null)
        {
            inputs.MissingBehind["idp.outcome"] = ["learner.homeAuthority"];
            return null;
        }

        if (!Authorities.IsWelsh(home))
        {
            // Rules for learners living outside Wales settle before they read the IDP question.
            inputs.MissingBehind["idp.outcome"] = [];
            return null;
        }

        var underHome = await DecideKindAsync(catalog, DecisionKind.IdpResponsibility, decisionCase with { Authority = home }, inputs);
        inputs.Idp.Outcome = Settled(underHome) ? underHome.Outcome : null;
        if (!Settled(underHome))
        {
            inputs.MissingBehind["idp.outcome"] = underHome.Explanation.MissingFacts;
        }

        if (!Authorities.IsWelsh(school) || home == school)
        {
            return null;
        }

        var underSchool = await DecideKindAsync(catalog, DecisionKind.IdpResponsibility, decisionCase with { Authority = school! }, inputs);
        inputs.Idp.SchoolAuthorityOutcome = Settled(underSchool) ? underSchool.Outcome : null;
        if (!Settled(underSchool))
        {
            inputs.MissingBehind["idp.schoolAuthorityOutcome"] = underSchool.Explanation.MissingFacts;
        }

        if (!Settled(underHome) || !Settled(underSchool))
        {
            return null;
        }

        var disagree = underHome.Outcome != underSchool.Outcome;
        inputs.Idp.PrinciplesConflict = disagree;
        return new PrinciplesComparison(Answer(home!, underHome), Answer(school!, underSchool), disagree, ExplanationText.HomeAuthoritySettles(home!, school!));
    }

    private static bool Settled(Decision decision) => decision.DecidingLayer is not null && decision.Outcome != Outcomes.MoreInformationNeeded;

    private static AuthorityAnswer Answer(string authority, Decision decision) =>
        new(authority, decision.Outcome, decision.Explanation.DecidingRule, decision.DecidingLayer, decision.Explanation.Summary);

    private static Decision WithComparison(Decision decision, PrinciplesComparison comparison)
    {
        var fields = new Dictionary<string, string>(decision.Fields ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["principlesConflict"] = comparison.Disagree ? "true" : "false",
        };
        var explanation = decision.Explanation with { PrinciplesComparison = comparison };
        if (comparison.Disagree)
        {
            explanation = explanation with
            {
                Summary = new LocalisedText(
                    explanation.Summary.En + " " + comparison.SettledBy.En,
                    explanation.Summary.Cy + " " + comparison.SettledBy.Cy),
            };
        }

        return decision with { Explanation = explanation, Fields = fields };
    }

    private static IEnumerable<DecisionKind> KindsToDecide(DecisionCase decisionCase, RuleSetCatalog catalog)
    {
        if (decisionCase.Kinds.Count > 0)
        {
            return decisionCase.Kinds.Distinct();
        }

        // Timescales come from events: asked for everything, a case with none has no deadlines to show.
        var statutory = catalog.RuleSets.Where(set => set.Layer == Layer.Statutory
            && (set.Kind != DecisionKind.StatutoryTimescales || decisionCase.Events is { Count: > 0 })).ToArray();
        var inForce = statutory.Where(set => set.IsInForceOn(decisionCase.DecisionDate)).Select(set => set.Kind).Distinct().Order().ToArray();

        // Before any rule set is in force, still answer (NO_RULE_SET_IN_FORCE) for each known kind.
        return inForce.Length > 0 ? inForce : statutory.Select(set => set.Kind).Distinct().Order();
    }

    private static async Task<Decision> DecideKindAsync(RuleSetCatalog catalog, DecisionKind kind, DecisionCase decisionCase, FactInputs inputs)
    {
        var date = decisionCase.DecisionDate;
        // Cross-border arrangements (e.g. a recoupment agreement) are the home authority's, the
        // authority responsible for the learner; every other kind uses the deciding authority's.
        var principlesAuthority = kind == DecisionKind.CrossBorder && Authorities.IsWelsh(decisionCase.Learner.HomeAuthority)
            ? decisionCase.Learner.HomeAuthority!
            : decisionCase.Authority;
        var authorityFile = catalog.Find(kind, principlesAuthority, Layer.AuthorityPrinciples, date);
        var baseline = catalog.Find(kind, Authorities.National, Layer.NationalBaseline, date);
        var principles = authorityFile is { HasRules: true } ? authorityFile : baseline;
        if (kind == DecisionKind.StatutoryTimescales && catalog.Find(kind, Authorities.National, Layer.Statutory, date) is { HasRules: true } timescales)
        {
            return await TimescaleEvaluator.DecideAsync(catalog, timescales, authorityFile, decisionCase, inputs);
        }

        var layers = new[] { catalog.Find(kind, Authorities.National, Layer.Statutory, date), principles }
            .OfType<RuleSetDefinition>().Where(set => set.HasRules).ToArray();

        if (layers.Length == 0)
        {
            return new Decision(kind, Outcomes.NoRuleSetInForce,
                new Explanation(ExplanationText.NotInForce(kind, date), [], [], [], null), [], null);
        }

        var reasons = new List<Reason>();
        var missing = new List<string>();
        var used = new List<RuleSetReference>();
        IReadOnlyList<RuleDefinition> blocking = [];
        if (authorityFile is { HasRules: false })
        {
            // The authority's file says it inherits the baseline; it still supplies signposting.
            used.Add(authorityFile.Reference);
        }

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
                return Decided(catalog, kind, decisionCase, inputs, rule, ruleSet.Layer, reasons, used);
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

    private static Decision Decided(RuleSetCatalog catalog, DecisionKind kind, DecisionCase decisionCase, FactInputs inputs,
        RuleDefinition rule, Layer layer, List<Reason> reasons, List<RuleSetReference> used)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var (name, value) in rule.Fields)
        {
            if (value.Resolve(inputs) is { } resolved)
            {
                fields[name] = resolved;
            }
            else
            {
                unknown.Add(value.Fact!.RequestName);
            }
        }

        if (unknown.Count > 0)
        {
            // The rule settles who, but the answer names a fact the request left unknown.
            return new Decision(kind, Outcomes.MoreInformationNeeded,
                new Explanation(ExplanationText.MissingFacts(unknown), reasons, unknown, [ExplanationText.ProvideMissingFacts], rule.Name), used, layer);
        }

        var area = AreaAuthority(decisionCase);
        var nextSteps = rule.NextSteps.Select(step => Fill(step, area, fields)).ToList();
        var signposting = catalog.Find(kind, area, Layer.AuthorityPrinciples, decisionCase.DecisionDate)?.Signposting
            ?? catalog.Find(kind, Authorities.National, Layer.NationalBaseline, decisionCase.DecisionDate)?.Signposting
            ?? [];
        nextSteps.AddRange(signposting.Select(step => Fill(step, area, fields)));

        return new Decision(kind, rule.Outcome,
            new Explanation(ExplanationText.Decided(rule.Outcome, new RuleDecision(rule, layer)), reasons, rule.MissingFacts, nextSteps, rule.Name),
            used, layer, fields);
    }

    /// <summary>The authority in whose area the learner is (EN para 73): the home authority when it is Welsh, else the one deciding.</summary>
    private static string AreaAuthority(DecisionCase decisionCase) =>
        Authorities.IsWelsh(decisionCase.Learner.HomeAuthority) ? decisionCase.Learner.HomeAuthority! : decisionCase.Authority;

    private static LocalisedText Fill(LocalisedText text, string area, IReadOnlyDictionary<string, string> fields)
    {
        var responsible = fields.TryGetValue("responsibleAuthority", out var code) ? AuthorityNames.Of(code) : AuthorityNames.Of(area);
        return new LocalisedText(
            text.En.Replace("{areaAuthority}", AuthorityNames.Of(area).En, StringComparison.Ordinal).Replace("{responsibleAuthority}", responsible.En, StringComparison.Ordinal),
            text.Cy.Replace("{areaAuthority}", AuthorityNames.Of(area).Cy, StringComparison.Ordinal).Replace("{responsibleAuthority}", responsible.Cy, StringComparison.Ordinal));
    }
}

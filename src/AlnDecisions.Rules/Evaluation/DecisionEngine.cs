using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.Plan;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Makes decisions. One request, one catalog snapshot: the case's facts become a fact snapshot, the
/// plan orders the kinds asked for after the facts they wait for, and each kind is decided as a
/// decision list (or the timescales) over the snapshot of its moment. The server, the CLI and the
/// scenarios all decide through this one class (by way of the contract's DecisionPipeline).
/// </summary>
public sealed class DecisionEngine(RuleSetRegistry registry, DecisionIdGenerator ids)
{
    /// <summary>
    /// Decides every kind <paramref name="decisionCase"/> asks for, against one catalog snapshot.
    /// <paramref name="explainEveryRule"/> false leaves out each rule's reason (the BASIC view); the
    /// answer, what is missing and what settled it are the same either way.
    /// </summary>
    public DecisionSet Decide(DecisionCase decisionCase, bool explainEveryRule = true) => Decide(decisionCase, registry.Current, explainEveryRule);

    /// <summary>
    /// Decides against <paramref name="catalog"/>, a snapshot the caller has already read (and, say,
    /// checked the request against), so the check and the decision see the same rule sets.
    /// </summary>
    public DecisionSet Decide(DecisionCase decisionCase, RuleSetCatalog catalog, bool explainEveryRule = true)
    {
        var run = Run(decisionCase, catalog, explainEveryRule);
        var kinds = run.Kinds;
        var decisions = new List<Decision>(kinds.Count);
        foreach (var kind in kinds)
        {
            var decision = run.Decided[kind];
            foreach (var publisher in DecisionPlan.PublishersReadBy(kind, run.Catalog.Reads))
            {
                decision = publisher.Annotate(decision, run);
            }

            // Asked for everything, a caller wants the decisions that apply to this learner.
            if (decisionCase.Kinds.Count == 0 && DecisionKinds.Of(kind).DoesNotArise.Contains(decision.Outcome))
            {
                continue;
            }

            decisions.Add(decision);
        }

        return new DecisionSet(ids.Next(), decisionCase.CaseReference, decisionCase.DecisionDate, decisions);
    }

    /// <summary>The plan's steps for <paramref name="decisionCase"/>, run against one catalog snapshot.</summary>
    internal DecisionRun Run(DecisionCase decisionCase, bool explainEveryRule) => Run(decisionCase, registry.Current, explainEveryRule);

    // One snapshot for the whole request: a reload mid-request cannot mix versions.
    private static DecisionRun Run(DecisionCase decisionCase, RuleSetCatalog catalog, bool explainEveryRule)
    {
        var schoolAge = catalog.InForce(DecisionKind.AlnDetermination, Authorities.National, Layer.Statutory, decisionCase.DecisionDate)?.Definition.CompulsorySchoolAge;
        var facts = FactSnapshot.Of(catalog.Model, decisionCase, schoolAge);
        var run = new DecisionRun(catalog, decisionCase, explainEveryRule) { Kinds = KindsToDecide(decisionCase, catalog) };
        foreach (var step in catalog.PlanFor(run.Kinds))
        {
            if (step.Kind is { } kind)
            {
                run.Decided[kind] = run.Evaluate(kind, decisionCase.Authority, facts);
            }
            else
            {
                facts = step.Publisher!.Publish(run, facts);
            }
        }

        run.Facts = facts;
        return run;
    }

    private static IReadOnlyList<DecisionKind> KindsToDecide(DecisionCase decisionCase, RuleSetCatalog catalog)
    {
        if (decisionCase.Kinds.Count > 0)
        {
            return decisionCase.Kinds;
        }

        // Timescales come from events: asked for everything, a case with none has no deadlines to show.
        var statutory = catalog.RuleSets.Where(set => set.Layer == Layer.Statutory
            && (DecisionKinds.Of(set.Kind).Evaluation != KindEvaluation.Timescales || decisionCase.Events.Count > 0)).ToArray();
        var inForce = statutory.Where(set => set.IsInForceOn(decisionCase.DecisionDate)).Select(set => set.Kind).Distinct().Order().ToArray();

        // Before any rule set is in force, still answer (NO_RULE_SET_IN_FORCE) for each known kind.
        return inForce.Length > 0 ? inForce : statutory.Select(set => set.Kind).Distinct().Order().ToArray();
    }
}

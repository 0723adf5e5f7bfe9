using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Plan;

/// <summary>
/// <c>idp.*</c>: for a learner living in one Welsh authority and at school in another, the IDP
/// question answered under each authority's principles. The home authority's answer settles it (it
/// is the authority in whose area the learner is, EN para 73); a decision that read these facts
/// shows both answers and which rule settles a disagreement.
/// </summary>
internal sealed class IdpQuestionPublisher : FactPublisher
{
    public const string Outcome = "idp.outcome";
    public const string SchoolAuthorityOutcome = "idp.schoolAuthorityOutcome";
    public const string PrinciplesConflict = "idp.principlesConflict";

    public override IReadOnlyList<DerivedFact> Publishes { get; } =
    [
        new(Outcome, FactKind.Choice, DecisionKinds.Of(DecisionKind.IdpResponsibility).Outcomes.Select(o => o.Code).ToArray(), [], Triable: false),
        new(SchoolAuthorityOutcome, FactKind.Choice, DecisionKinds.Of(DecisionKind.IdpResponsibility).Outcomes.Select(o => o.Code).ToArray(), [], Triable: false),
        new(PrinciplesConflict, FactKind.Boolean, [], [], Triable: false),
    ];

    public override IReadOnlyList<DecisionKind> Reads => [];

    public override IReadOnlyList<DecisionKind> Evaluates { get; } = [DecisionKind.IdpResponsibility];

    public override FactSnapshot Publish(DecisionRun run, FactSnapshot facts)
    {
        var model = facts.Model;
        var outcome = model.Require(Outcome);
        var schoolOutcome = model.Require(SchoolAuthorityOutcome);
        var conflict = model.Require(PrinciplesConflict);
        var home = facts[model.Require("learner.homeAuthority")] as string;
        var school = facts[model.Require("learner.setting.authority")] as string;
        IReadOnlyList<MissingInformation> homeUnknown = [new MissingInformation.Fact("learner.homeAuthority")];
        IReadOnlyList<MissingInformation> schoolUnknown = school is null ? [new MissingInformation.Fact("learner.setting.authority")] : [];
        if (home is null)
        {
            return facts.With((outcome, null, homeUnknown), (schoolOutcome, null, homeUnknown), (conflict, null, homeUnknown));
        }

        if (!Authorities.IsWelsh(home))
        {
            // Rules for learners living outside Wales settle before they read the IDP question.
            return facts.With((outcome, null, []), (schoolOutcome, null, []), (conflict, null, []));
        }

        var underHome = run.Evaluate(DecisionKind.IdpResponsibility, home, facts);
        var published = facts.With((outcome, Settled(underHome) ? underHome.Outcome.Code : null, underHome.Explanation.Missing));
        if (!Authorities.IsWelsh(school) || home == school)
        {
            return published.With((schoolOutcome, null, schoolUnknown), (conflict, null, schoolUnknown));
        }

        var underSchool = run.Evaluate(DecisionKind.IdpResponsibility, school!, facts);
        published = published.With((schoolOutcome, Settled(underSchool) ? underSchool.Outcome.Code : null, underSchool.Explanation.Missing));
        if (!Settled(underHome) || !Settled(underSchool))
        {
            return published.With((conflict, null, underHome.Explanation.Missing.Concat(underSchool.Explanation.Missing).Distinct().ToArray()));
        }

        var disagree = underHome.Outcome != underSchool.Outcome;
        run.Comparison = new PrinciplesComparison(Answer(home, underHome), Answer(school!, underSchool), disagree, ExplanationText.HomeAuthoritySettles(home, school!));
        return published.With((conflict, CaseFacts.Box(disagree), null));
    }

    public override Decision Annotate(Decision decision, DecisionRun run)
    {
        if (run.Comparison is not { } comparison)
        {
            return decision;
        }

        var fields = new Dictionary<DecisionField, FieldAnswer>(decision.Fields)
        {
            [DecisionField.PrinciplesConflict] = FieldAnswer.Flag.Of(comparison.Disagree),
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

    private static bool Settled(Decision decision) => decision.DecidingLayer is not null && decision.Outcome != Domain.Outcome.MoreInformationNeeded;

    private static AuthorityAnswer Answer(string authority, Decision decision) =>
        new(authority, decision.Outcome, decision.Explanation.DecidingRule, decision.DecidingLayer, decision.Explanation.Summary);
}

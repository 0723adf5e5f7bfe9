using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;

namespace AlnDecisions.Rules.Facts;

/// <summary>
/// The facts worked out from the case itself, before any decision: the decision's own authority and
/// date, the learner's age on that date, and summaries of lists rules cannot read directly. Declared
/// here once; <see cref="Fill"/> is the only code that computes them.
/// </summary>
internal static class CaseFacts
{
    private const string DateOfBirth = "learner.dateOfBirth";
    private const string DesiredOutcomes = "learner.post16.desiredOutcomes";
    private const string MetByUniversalProvision = "learner.provision.metByUniversalProvision";
    private const string AdditionalOrDifferentRequired = "learner.provision.additionalOrDifferentRequired";
    private const string Consent = "learner.consent";
    private const string HomeAuthority = "learner.homeAuthority";
    private const string PlacementArea = "learner.placementArea";
    private const string CategoryExcluded = "learner.lookedAfterCategoryExcluded";
    private const string ConsentGiven = "GIVEN";

    private static readonly object True = true;
    private static readonly object False = false;

    // The age facts are tried as if independent when the date of birth is unknown: that can only
    // leave a rule undetermined that a real date would settle, never settle one wrongly.
    public static IReadOnlyList<DerivedFact> Declared { get; } =
    [
        new("decision.authority", FactKind.Text, [], ["authority"], Triable: false),
        new("decision.date", FactKind.Date, [], ["decisionDate"], Triable: false),
        new("age.years", FactKind.WholeNumber, [], [DateOfBirth], Triable: true),
        new("age.underThree", FactKind.Boolean, [], [DateOfBirth], Triable: true),
        new("age.belowCompulsorySchoolAge", FactKind.Boolean, [], [DateOfBirth], Triable: true),
        new("age.overCompulsorySchoolAge", FactKind.Boolean, [], [DateOfBirth], Triable: true),
        new("age.twentyFiveOrOver", FactKind.Boolean, [], [DateOfBirth], Triable: true),
        new("learner.post16.realisticProspectForAnyDesiredOutcome", FactKind.Boolean, [], [DesiredOutcomes], Triable: true),
    ];

    /// <summary>Works out every fact <see cref="Declared"/> lists, into <paramref name="slots"/>.</summary>
    public static void Fill(FactModel model, object?[] slots, DecisionCase decisionCase, CompulsorySchoolAgeRule? schoolAge)
    {
        slots[model.Require("decision.authority").Index] = decisionCase.Authority;
        slots[model.Require("decision.date").Index] = decisionCase.DecisionDate.ToDateTime(TimeOnly.MinValue);

        var born = model.Require(DateOfBirth);
        if (slots[born.Index] is DateTime dateOfBirth && schoolAge is not null)
        {
            var age = LearnerAge.On(DateOnly.FromDateTime(dateOfBirth), decisionCase.DecisionDate, schoolAge);
            slots[model.Require("age.years").Index] = age.Years;
            slots[model.Require("age.underThree").Index] = Box(age.UnderThree);
            slots[model.Require("age.belowCompulsorySchoolAge").Index] = Box(age.BelowCompulsorySchoolAge);
            slots[model.Require("age.overCompulsorySchoolAge").Index] = Box(age.OverCompulsorySchoolAge);
            slots[model.Require("age.twentyFiveOrOver").Index] = Box(age.TwentyFiveOrOver);
        }

        // Sch 1 para 1: a realistic prospect for any desired outcome; known false only when every
        // outcome recorded has none.
        var outcomes = (IReadOnlyList<FactValues>)decisionCase.Facts[model.Request.Require(DesiredOutcomes)]!;
        var prospect = model.Request.Require(DesiredOutcomes).Records!.Require("realisticProspect");
        slots[model.Require("learner.post16.realisticProspectForAnyDesiredOutcome").Index] =
            outcomes.Any(o => o[prospect] is true) ? True
            : outcomes.Count > 0 && outcomes.All(o => o[prospect] is false) ? False
            : null;

        // "Met by universal provision" and "additional or different provision required" answer the
        // one question s.3(1) asks, so either answer supplies the other. The request mapper refuses
        // the contradictory pair (both true).
        var universal = model.Require(MetByUniversalProvision).Index;
        var additional = model.Require(AdditionalOrDifferentRequired).Index;
        if (slots[universal] is null && slots[additional] is true)
        {
            slots[universal] = False;
        }

        if (slots[additional] is null && slots[universal] is true)
        {
            slots[additional] = False;
        }

        // Where a looked-after child is (s.18(2)(c), s.19(2)): left empty, the child is where the
        // learner lives. Asking for it when both are unknown asks for the placement, which is what counts.
        var placement = model.Require(PlacementArea).Index;
        slots[placement] ??= slots[model.Require(HomeAuthority).Index];

        // s.15(2): regulations may prescribe categories of looked-after child not treated as looked
        // after for the Act. They are exceptions (reg 5, not read), so none is presumed: a child is in
        // one only when the request records the authority's finding that it is.
        var excluded = model.Require(CategoryExcluded).Index;
        slots[excluded] ??= False;

        // A young person's consent (s.11(3)(c), s.13(2)(d), s.14(3)) that the case records as an event
        // is consent given: the request is not asked for what its own events already say. A consent
        // stated in learner.consent (a refusal since, say) is the caller's and stands.
        var consent = model.Require(Consent).Index;
        if (slots[consent] is null && decisionCase.Events.Any(e => e.Kind == CaseEventKind.ConsentGiven))
        {
            slots[consent] = ConsentGiven;
        }
    }

    /// <summary>The shared box for <paramref name="value"/>: evaluations allocate no booleans.</summary>
    public static object Box(bool value) => value ? True : False;
}

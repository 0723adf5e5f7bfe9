using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class IdpResponsibilityTests
{
    private static async Task<Decision> Decide(string authority, Learner learner)
    {
        var engine = new DecisionEngine(await RuleSetRegistry.LoadAsync(RepositoryFolders.Rules), new DecisionIdGenerator(TimeProvider.System));
        var result = await engine.DecideAsync(new DecisionCase("case-1", authority, new DateOnly(2025, 10, 1), [DecisionKind.IdpResponsibility], learner));
        return result.Decisions.Single();
    }

    [Fact]
    public async Task Decide_LookedAfterChild_LookingAfterAuthorityMaintainsAndCannotDirect()
    {
        var decision = await Decide("cardiff", new Learner(DateOfBirth: new DateOnly(2015, 3, 2), HomeAuthority: "cardiff", HasAln: true,
            LookedAfter: true, LookingAfterAuthority: "newport"));

        decision.Outcome.Should().Be("LOCAL_AUTHORITY");
        decision.DecidingLayer.Should().Be(Layer.Statutory);
        decision.Fields.Should().Contain("responsibleAuthority", "newport").And.Contain("mayDirectSchool", "false");
    }

    [Fact]
    public async Task Decide_AnswerNamesUnknownFact_AsksForThatFact()
    {
        var decision = await Decide("cardiff", new Learner(DateOfBirth: new DateOnly(2015, 3, 2), HomeAuthority: "cardiff", HasAln: true, LookedAfter: true));

        decision.Outcome.Should().Be(Outcomes.MoreInformationNeeded);
        decision.Explanation.MissingFacts.Should().Equal("learner.lookingAfterAuthority");
        decision.Explanation.DecidingRule.Should().Be("looked-after-child");
    }

    [Fact]
    public async Task Decide_NoAlnRecorded_NotApplicable()
    {
        var decision = await Decide("cardiff", new Learner(HasAln: false));

        decision.Outcome.Should().Be("NOT_APPLICABLE");
    }

    [Fact]
    public async Task Decide_SchoolDefault_NextStepsNameTheAuthorityInWhoseAreaTheLearnerIs()
    {
        var decision = await Decide("carmarthenshire", new Learner(
            DateOfBirth: new DateOnly(2015, 3, 2), HomeAuthority: "carmarthenshire", HasAln: true, ExistingIdp: new ExistingIdp(IdpMaintainer.None),
            Setting: new Setting(SettingKind.MaintainedSchool, "carmarthenshire", SpecialistClass.NotInSpecialistClass),
            LookedAfter: false, DualRegistered: false, ElectivelyHomeEducated: false, EducatedOtherThanAtSchool: false,
            Needs: new Needs(RareConditionRequiringSpecialistSupport: false),
            Provision: new Provision(ReasonableForSchoolToSecure: true, SchoolCanDetermineNeedsAndProvision: true,
                RequiresPlaceAtParticularInstitution: false, RequiresBoardAndLodging: false,
                ExternalSpecialistAdviceBeyondSchool: false, EquipmentBeyondSchool: false, IntensiveSupportBeyondSchool: false)));

        decision.Outcome.Should().Be("SCHOOL");
        decision.DecidingLayer.Should().Be(Layer.AuthorityPrinciples);
        decision.Explanation.NextSteps.Select(s => s.En).Should().Contain(s => s.Contains("Carmarthenshire County Council", StringComparison.Ordinal) && s.Contains("four weeks", StringComparison.Ordinal));
        decision.Explanation.NextSteps.Select(s => s.Cy).Should().Contain(s => s.Contains("Cyngor Sir Gâr", StringComparison.Ordinal));
    }
}

using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class CrossBorderAndPost16Tests
{
    private static readonly Provision OrdinaryProvision = new(
        ReasonableForSchoolToSecure: true, SchoolCanDetermineNeedsAndProvision: true,
        RequiresPlaceAtParticularInstitution: false, RequiresBoardAndLodging: false,
        ExternalSpecialistAdviceBeyondSchool: false, EquipmentBeyondSchool: false, IntensiveSupportBeyondSchool: false);

    private static Learner SpecialSchoolPupil(string home, string school) => new(
        DateOfBirth: new DateOnly(2015, 3, 2), HomeAuthority: home, HasAln: true,
        Setting: new Setting(SettingKind.SpecialSchool, school, SpecialistClass.NotInSpecialistClass),
        LookedAfter: false, DualRegistered: false, ElectivelyHomeEducated: false, EducatedOtherThanAtSchool: false,
        ExistingIdp: new ExistingIdp(IdpMaintainer.None),
        Needs: new Needs(RareConditionRequiringSpecialistSupport: false), Provision: OrdinaryProvision);

    private static async Task<DecisionSet> Decide(string authority, Learner learner, DateOnly date, params DecisionKind[] kinds)
    {
        var engine = new DecisionEngine(await RuleSetRegistry.LoadAsync(RepositoryFolders.Rules), new DecisionIdGenerator(TimeProvider.System));
        return await engine.DecideAsync(new DecisionCase("case-1", authority, date, kinds, learner));
    }

    [Fact]
    public async Task CrossBorder_NeighboursPrinciplesDisagree_ComparisonNamesBothAndHomeSettles()
    {
        var result = await Decide("carmarthenshire", SpecialSchoolPupil("carmarthenshire", "denbighshire"), new DateOnly(2025, 10, 1), DecisionKind.CrossBorder);

        var decision = result.Decisions.Single();
        decision.Outcome.Should().Be("HOME_AUTHORITY_RESPONSIBLE");
        decision.Fields.Should().Contain("principlesConflict", "true").And.Contain("fundingAuthority", "denbighshire").And.Contain("recoupment", "NONE_SCHOOL_BUDGET");
        var comparison = decision.Explanation.PrinciplesComparison!;
        comparison.Home.Should().Match<AuthorityAnswer>(a => a.Authority == "carmarthenshire" && a.Outcome == "SCHOOL" && a.DecidingLayer == Layer.AuthorityPrinciples);
        comparison.School.Should().Match<AuthorityAnswer>(a => a.Authority == "denbighshire" && a.Outcome == "LOCAL_AUTHORITY" && a.DecidingRule == "specialist-setting");
        decision.Explanation.Summary.En.Should().Contain("Carmarthenshire County Council's answer settles it");
    }

    [Fact]
    public async Task CrossBorder_IdpQuestionUnsettled_AsksForTheIdpFacts()
    {
        var learner = SpecialSchoolPupil("cardiff", "vale-of-glamorgan") with { Provision = OrdinaryProvision with { ReasonableForSchoolToSecure = null } };

        var decision = (await Decide("cardiff", learner with { Setting = learner.Setting! with { Kind = SettingKind.MaintainedSchool } }, new DateOnly(2025, 10, 1), DecisionKind.CrossBorder)).Decisions.Single();

        decision.Outcome.Should().Be(Outcomes.MoreInformationNeeded);
        decision.Explanation.MissingFacts.Should().Contain("learner.provision.reasonableForSchoolToSecure");
    }

    [Fact]
    public async Task EmptyKinds_LeavesOutKindsThatDoNotApply()
    {
        var result = await Decide("cardiff", SpecialSchoolPupil("cardiff", "cardiff"), new DateOnly(2025, 10, 1));

        result.Decisions.Select(d => d.Kind).Should().BeEquivalentTo([DecisionKind.AlnDetermination, DecisionKind.IdpResponsibility]);
    }

    [Theory]
    [InlineData(2025, 8, 31, "IDP_NOT_NECESSARY", "2021-09-01")]
    [InlineData(2025, 9, 1, "IDP_NOT_NECESSARY", "2025-09-01")]
    public async Task Post16_ListedSpecialistInstitutionProposedOnly_EachSideOfSeptemberTwentyTwentyFiveUsesItsVersionAndIsNotNecessary(int year, int month, int day, string outcome, string version)
    {
        var learner = new Learner(
            DateOfBirth: new DateOnly(2006, 3, 2), HomeAuthority: "swansea", HasAln: true, Consent: Consent.Given,
            Setting: new Setting(SettingKind.None),
            Provision: new Provision(RequiresPlaceAtParticularInstitution: false, RequiresBoardAndLodging: false),
            Post16: new Post16(
                ToEnrolAtMaintainedSchoolOrFeiInWales: false, EnglishInstitutionProposed: false,
                SpecialistInstitutionProposed: true, SpecialistInstitutionOnWelshMinistersList: true,
                OnProgramme: false, ExtensionRequested: false,
                DesiredOutcomes: [new DesiredOutcome(DesiredOutcomeKind.IndependentLiving, false)],
                InformationConsidered: Enum.GetValues<InformationSource>()));

        var decision = (await Decide("swansea", learner, new DateOnly(year, month, day), DecisionKind.Post16ReasonableNeeds)).Decisions.Single();

        decision.Outcome.Should().Be(outcome);
        decision.RuleSets.Should().Contain(r => r.Id == "national.post16-reasonable-needs" && r.Version == version);
    }
}

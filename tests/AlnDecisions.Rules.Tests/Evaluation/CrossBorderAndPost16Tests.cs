using AlnDecisions.Contract.V1;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class CrossBorderAndPost16Tests
{
    private const string OrdinaryProvision = """
        "provision": {
          "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true,
          "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false,
          "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false
        }
        """;

    private static string SpecialSchoolPupil(string home, string school, string kind = "SPECIAL_SCHOOL", string provision = OrdinaryProvision) => $$"""
        {
          "dateOfBirth": "2015-03-02", "homeAuthority": "{{home}}", "hasAln": true,
          "setting": { "kind": "{{kind}}", "authority": "{{school}}", "specialistClass": "NOT_IN_SPECIALIST_CLASS" },
          "lookedAfter": false, "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
          "existingIdp": { "maintainedBy": "NONE" },
          "needs": { "rareConditionRequiringSpecialistSupport": false },
          {{provision}}
        }
        """;

    private static string Request(string authority, string learner, string date = "2025-10-01", string kinds = "[\"CROSS_BORDER\"]") =>
        $$"""{ "caseReference": "case-1", "authority": "{{authority}}", "decisionDate": "{{date}}", "kinds": {{kinds}}, "learner": {{learner}} }""";

    [Fact]
    public async Task CrossBorder_NeighboursPrinciplesDisagree_ComparisonNamesBothAndHomeSettles()
    {
        var decision = await (await Pipelines.Repository).DecideOneAsync(Request("carmarthenshire", SpecialSchoolPupil("carmarthenshire", "denbighshire")));

        decision.Outcome.Should().Be("HOME_AUTHORITY_RESPONSIBLE");
        decision.PrinciplesConflict.Should().BeTrue();
        decision.FundingAuthority.Should().Be("denbighshire");
        decision.Recoupment.Should().Be("NONE_SCHOOL_BUDGET");
        var comparison = decision.Explanation.PrinciplesConflict;
        comparison.HomeAuthority.Should().Match<AuthorityAnswer>(a => a.Authority == "carmarthenshire" && a.Outcome == "SCHOOL" && a.DecidingLayer == Layer.Types.Value.AuthorityPrinciples);
        comparison.SchoolAuthority.Should().Match<AuthorityAnswer>(a => a.Authority == "denbighshire" && a.Outcome == "LOCAL_AUTHORITY" && a.DecidingRule == "specialist-setting");
        decision.Explanation.Summary.En.Should().Contain("Carmarthenshire County Council's answer settles it");
    }

    [Fact]
    public async Task CrossBorder_IdpQuestionUnsettled_HomeAuthorityResponsibleWithFundingAskingForTheIdpFacts()
    {
        // EN para 73: the home authority is responsible whoever maintains the IDP; who funds is the IDP question's.
        var learner = SpecialSchoolPupil("cardiff", "vale-of-glamorgan", "MAINTAINED_SCHOOL", OrdinaryProvision.Replace("\"reasonableForSchoolToSecure\": true, ", "", StringComparison.Ordinal));

        var decision = await (await Pipelines.Repository).DecideOneAsync(Request("cardiff", learner));

        decision.Outcome.Should().Be("HOME_AUTHORITY_RESPONSIBLE");
        decision.ResponsibleAuthority.Should().Be("cardiff");
        decision.FundingAuthority.Should().BeEmpty();
        decision.FieldsNeedingInformation.Single(f => f.Field == "fundingAuthority").MissingFacts.Should().Contain("learner.provision.reasonableForSchoolToSecure");
        decision.Explanation.MissingFacts.Should().BeEmpty();
    }

    [Fact]
    public async Task EmptyKinds_LeavesOutKindsThatDoNotApply()
    {
        var response = await (await Pipelines.Repository).DecideAsync(Request("cardiff", SpecialSchoolPupil("cardiff", "cardiff"), kinds: "[]"));

        response.Decisions.Select(d => d.Kind).Should().BeEquivalentTo([DecisionKind.Types.Value.AlnDetermination, DecisionKind.Types.Value.IdpResponsibility]);
    }

    [Theory]
    [InlineData("2025-08-31", "IDP_NOT_NECESSARY", "2021-09-01")]
    [InlineData("2025-09-01", "IDP_NOT_NECESSARY", "2025-09-01")]
    public async Task Post16_ListedSpecialistInstitutionProposedOnly_EachSideOfSeptemberTwentyTwentyFiveUsesItsVersionAndIsNotNecessary(string date, string outcome, string version)
    {
        const string learner = """
            {
              "dateOfBirth": "2006-03-02", "homeAuthority": "swansea", "hasAln": true, "consent": "GIVEN",
              "setting": { "kind": "NONE" },
              "provision": { "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false },
              "post16": {
                "toEnrolAtMaintainedSchoolOrFeiInWales": false, "englishInstitutionProposed": false,
                "specialistInstitutionProposed": true, "specialistInstitutionOnWelshMinistersList": true,
                "onProgramme": false, "extensionRequested": false,
                "desiredOutcomes": [ { "kind": "INDEPENDENT_LIVING", "realisticProspect": false } ],
                "informationConsidered": [ "CURRENT_OR_RECENT_PROVIDERS", "HEALTH_AND_SOCIAL_CARE", "PROPOSED_INSTITUTION", "CAREERS_SERVICE" ]
              }
            }
            """;

        var decision = await (await Pipelines.Repository).DecideOneAsync(Request("swansea", learner, date, "[\"POST16_REASONABLE_NEEDS\"]"));

        decision.Outcome.Should().Be(outcome);
        decision.RuleSets.Should().Contain(r => r.Id == "national.post16-reasonable-needs" && r.Version == version);
    }
}

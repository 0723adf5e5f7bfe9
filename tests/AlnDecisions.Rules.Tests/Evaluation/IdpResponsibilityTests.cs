using AlnDecisions.Contract.V1;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class IdpResponsibilityTests
{
    private static async Task<Decision> Decide(string authority, string learner) =>
        await (await Pipelines.Repository).DecideOneAsync(
            $$"""{ "caseReference": "case-1", "authority": "{{authority}}", "decisionDate": "2025-10-01", "kinds": ["IDP_RESPONSIBILITY"], "learner": {{learner}} }""");

    [Fact]
    public async Task Decide_LookedAfterChild_LookingAfterAuthorityMaintainsAndCannotDirect()
    {
        var decision = await Decide("cardiff", """{ "dateOfBirth": "2015-03-02", "homeAuthority": "cardiff", "hasAln": true, "lookedAfter": true, "lookingAfterAuthority": "newport" }""");

        decision.Outcome.Should().Be("LOCAL_AUTHORITY");
        decision.DecidingLayer.Should().Be(Layer.Types.Value.Statutory);
        decision.ResponsibleAuthority.Should().Be("newport");
        decision.HasMayDirectSchool.Should().BeTrue();
        decision.MayDirectSchool.Should().BeFalse();
    }

    [Fact]
    public async Task Decide_LookedAfterChildOfAnUnrecordedAuthority_AsksForItSinceAnEnglishCouncilsChildIsTheSchools()
    {
        // s.15(1)(a): only a child looked after by an authority in Wales is looked after for the Act;
        // a child an English council looks after is the school's like any other pupil, so who looks
        // after the child changes the outcome, not only the authority named.
        var decision = await Decide("cardiff", """
            {
              "dateOfBirth": "2015-03-02", "homeAuthority": "cardiff", "hasAln": true, "lookedAfter": true, "existingIdp": { "maintainedBy": "NONE" },
              "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "cardiff", "specialistClass": "NOT_IN_SPECIALIST_CLASS" },
              "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
              "provision": {
                "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true,
                "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false,
                "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false
              }
            }
            """);

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().Equal("learner.lookingAfterAuthority");
    }

    [Fact]
    public async Task Decide_ChildLookedAfterByAnEnglishCouncil_IsTheSchoolsLikeAnyOtherPupil()
    {
        var decision = await Decide("newport", """
            {
              "dateOfBirth": "2015-03-02", "homeAuthority": "newport", "hasAln": true, "lookedAfter": true, "lookingAfterAuthority": "england", "existingIdp": { "maintainedBy": "NONE" },
              "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "newport", "specialistClass": "NOT_IN_SPECIALIST_CLASS" },
              "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
              "provision": {
                "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true,
                "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false,
                "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false
              }
            }
            """);

        decision.Outcome.Should().Be("SCHOOL");
        decision.Explanation.Reasons.Single(r => r.RuleId == "looked-after-child").Result.Should().Be(RuleResult.Types.Value.Failed);
    }

    [Fact]
    public async Task Decide_NoAlnRecorded_NotApplicable()
    {
        var decision = await Decide("cardiff", """{ "hasAln": false }""");

        decision.Outcome.Should().Be("NOT_APPLICABLE");
    }

    [Fact]
    public async Task Decide_SchoolDefault_NextStepsNameTheAuthorityInWhoseAreaTheLearnerIs()
    {
        var decision = await Decide("carmarthenshire", """
            {
              "dateOfBirth": "2015-03-02", "homeAuthority": "carmarthenshire", "hasAln": true, "existingIdp": { "maintainedBy": "NONE" },
              "setting": { "kind": "MAINTAINED_SCHOOL", "authority": "carmarthenshire", "specialistClass": "NOT_IN_SPECIALIST_CLASS" },
              "lookedAfter": false, "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
              "needs": { "rareConditionRequiringSpecialistSupport": false },
              "provision": {
                "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true,
                "requiresPlaceAtParticularInstitution": false, "requiresBoardAndLodging": false,
                "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false
              }
            }
            """);

        decision.Outcome.Should().Be("SCHOOL");
        decision.DecidingLayer.Should().Be(Layer.Types.Value.AuthorityPrinciples);
        decision.Explanation.NextSteps.Select(s => s.En).Should().Contain(s => s.Contains("Carmarthenshire County Council", StringComparison.Ordinal) && s.Contains("four weeks", StringComparison.Ordinal));
        decision.Explanation.NextSteps.Select(s => s.Cy).Should().Contain(s => s.Contains("i Gyngor Sir Gâr ailystyried", StringComparison.Ordinal));
    }
}

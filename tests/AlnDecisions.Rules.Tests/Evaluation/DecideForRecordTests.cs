using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;

namespace AlnDecisions.Rules.Tests.Evaluation;

/// <summary>
/// The decision record keeps the FULL response whatever view was asked for, and the caller gets its
/// view of the very same decisions: the two must agree on everything but the per-rule reasons.
/// </summary>
public sealed class DecideForRecordTests
{
    private const string LanguageOfHome = """
        { "caseReference": "record-1", "authority": "cardiff", "decisionDate": "2025-10-01", "kinds": ["ALN_DETERMINATION"],
          "learner": { "dateOfBirth": "2015-03-02", "needs": { "solelyLanguageOfHome": true } } }
        """;

    private const string UnknownsDecideTheOutcome = """
        { "caseReference": "record-2", "authority": "gwynedd", "decisionDate": "2025-10-01", "kinds": ["ALN_DETERMINATION", "IDP_RESPONSIBILITY"],
          "learner": { "dateOfBirth": "2015-03-02", "provision": { "additionalOrDifferentRequired": true } } }
        """;

    // Every kind that applies, for a learner living in Carmarthenshire at a Denbighshire special school,
    // with events, so timescales and the cross-border comparison are in the response too.
    private const string EveryKindAcrossTheBorder = """
        { "caseReference": "record-3", "authority": "carmarthenshire", "decisionDate": "2025-10-01",
          "learner": {
            "dateOfBirth": "2015-03-02", "homeAuthority": "carmarthenshire",
            "setting": { "kind": "SPECIAL_SCHOOL", "authority": "denbighshire", "specialistClass": "NOT_IN_SPECIALIST_CLASS" },
            "lookedAfter": false, "dualRegistered": false, "electivelyHomeEducated": false, "educatedOtherThanAtSchool": false,
            "existingIdp": { "maintainedBy": "NONE" },
            "needs": { "significantlyGreaterDifficulty": true, "disabilityHindersUseOfFacilities": false, "solelyLanguageOfHome": false, "rareConditionRequiringSpecialistSupport": false },
            "provision": { "metByUniversalProvision": false, "reasonableAdjustmentsConsidered": true, "additionalOrDifferentRequired": true,
              "reasonableForSchoolToSecure": true, "schoolCanDetermineNeedsAndProvision": true, "requiresPlaceAtParticularInstitution": false,
              "requiresBoardAndLodging": false, "externalSpecialistAdviceBeyondSchool": false, "equipmentBeyondSchool": false, "intensiveSupportBeyondSchool": false } },
          "events": [ { "kind": "BROUGHT_TO_ATTENTION", "date": "2025-09-15", "body": "SCHOOL" } ] }
        """;

    public static TheoryData<string, string> Cases => new()
    {
        { nameof(LanguageOfHome), LanguageOfHome },
        { nameof(UnknownsDecideTheOutcome), UnknownsDecideTheOutcome },
        { nameof(EveryKindAcrossTheBorder), EveryKindAcrossTheBorder },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DecideForRecordAsync_BasicAsked_CallerGetsBasicAndTheRecordGetsFull(string name, string json)
    {
        var pipeline = await Pipelines.Repository;
        var basicRequest = Request(json, DecisionView.Types.Value.Basic);

        var recorded = await pipeline.DecideForRecordAsync(basicRequest);
        var basic = (await pipeline.DecideAsync(basicRequest)).Response!;
        var full = (await pipeline.DecideAsync(Request(json, DecisionView.Types.Value.Full))).Response!;

        recorded.Response.Should().NotBeSameAs(recorded.Full, name);
        recorded.Full!.Decisions.Should().Contain(d => d.Explanation.Reasons.Count > 0, "the record keeps every rule's reason");
        recorded.Response!.Decisions.Should().OnlyContain(d => d.Explanation.Reasons.Count == 0, "the caller asked for BASIC");
        recorded.Response.DecisionId.Should().Be(recorded.Full.DecisionId, "both are views of one decision");
        WithoutId(recorded.Response).Should().Be(WithoutId(basic), "BASIC from the recorded decisions is BASIC as the pipeline gives it");
        WithoutId(recorded.Full).Should().Be(WithoutId(full), "the record's FULL is FULL as the pipeline gives it");
    }

    [Fact]
    public async Task DecideForRecordAsync_FullAsked_OneResponseForBoth()
    {
        var pipeline = await Pipelines.Repository;

        var recorded = await pipeline.DecideForRecordAsync(Request(LanguageOfHome, DecisionView.Types.Value.Full));

        recorded.Full.Should().BeSameAs(recorded.Response);
    }

    [Fact]
    public async Task DecideForRecordAsync_InvalidRequest_NothingToRecord()
    {
        var pipeline = await Pipelines.Repository;

        var recorded = await pipeline.DecideForRecordAsync(new DecisionRequest { Authority = "cardiff" });

        recorded.IsValid.Should().BeFalse();
        recorded.Full.Should().BeNull();
        recorded.Violations.Should().Contain(v => v.Field == "caseReference");
    }

    [Fact]
    public async Task DecideAsync_NotForTheRecord_HasNoFullCopy()
    {
        var pipeline = await Pipelines.Repository;

        var result = await pipeline.DecideAsync(Request(LanguageOfHome, DecisionView.Types.Value.Basic));

        result.Full.Should().BeNull();
    }

    private static DecisionRequest Request(string json, DecisionView.Types.Value view)
    {
        var request = ContractJson.Parser.Parse<DecisionRequest>(json);
        request.View = view;
        return request;
    }

    private static DecisionResponse WithoutId(DecisionResponse response)
    {
        var copy = response.Clone();
        copy.DecisionId = string.Empty;
        return copy;
    }
}

using AlnDecisions.Contract.V1;

namespace AlnDecisions.Rules.Tests.Evaluation;

/// <summary>
/// An outcome the unknown facts cannot change is given even when a further answer depends on them:
/// only that answer is left unset, naming what would settle it (issue 9, over-strictness).
/// </summary>
public sealed class FieldsNeedingInformationTests
{
    private static string Rule(string name, string expression, string outcome, string fields) => $$"""
          {
            "RuleName": "{{name}}",
            "Expression": "{{expression.Replace("\"", "\\\"", StringComparison.Ordinal)}}",
            "Properties": {
              "outcome": "{{outcome}}",
              "fields": { {{fields}} },
              "citations": [ { "source": "test citation", "confidence": "P" } ],
              "text": { "en": "English text.", "cy": "Testun Cymraeg." }
            }
          }
        """;

    private static async Task<Decision> Decide(string statutory, string? baseline, string learner)
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/idp.json", RuleFiles.RuleSet(statutory, id: "test.idp", kind: "IDP_RESPONSIBILITY"));
        if (baseline is not null)
        {
            rules.Write("national/idp-baseline.json", RuleFiles.RuleSet(baseline, id: "test.idp-baseline", kind: "IDP_RESPONSIBILITY", layer: "NATIONAL_BASELINE", status: "national-baseline"));
        }

        var pipeline = await Pipelines.Over(rules.Path);
        // Only the directory-wide reminder that these test rules have no authority files.
        pipeline.Registry.Current.Problems.Should().OnlyContain(p => p.Message.Contains("has no IDP principles file", StringComparison.Ordinal));
        return await pipeline.DecideOneAsync(
            $$"""{ "caseReference": "case-1", "authority": "cardiff", "decisionDate": "2025-10-01", "kinds": ["IDP_RESPONSIBILITY"], "learner": {{learner}} }""");
    }

    [Fact]
    public async Task Decide_DecidingRulesAnswerNamesAnUnknownFact_GivesTheOutcomeAndLeavesOnlyThatAnswerUnset()
    {
        var statutory = Rule("dual-registered", "learner.dualRegistered == true", "LOCAL_AUTHORITY", """ "responsibleAuthority": "learner.homeAuthority", "mayDirectSchool": false """);

        var decision = await Decide(statutory, null, """{ "hasAln": true, "dualRegistered": true }""");

        decision.Outcome.Should().Be("LOCAL_AUTHORITY");
        decision.Explanation.DecidingRule.Should().Be("dual-registered");
        decision.Explanation.MissingFacts.Should().BeEmpty();
        decision.ResponsibleAuthority.Should().BeEmpty();
        decision.HasMayDirectSchool.Should().BeTrue();
        decision.FieldsNeedingInformation.Should().ContainSingle().Which.Should().Match<FieldNeedingInformation>(
            f => f.Field == "responsibleAuthority" && f.MissingFacts.Count == 1 && f.MissingFacts[0] == "learner.homeAuthority");
        decision.Explanation.Summary.En.Should().Contain("responsibleAuthority (needs learner.homeAuthority)");
    }

    [Fact]
    public async Task Decide_UndeterminedRuleWithTheSameOutcomeAndAnotherAnswer_GivesTheOutcomeAndWhatBothAgreeOn()
    {
        var statutory = Rule("looked-after", "learner.lookedAfter == true", "LOCAL_AUTHORITY", """ "responsibleAuthority": "learner.lookingAfterAuthority", "mayDirectSchool": false """) + ",\n"
            + Rule("named-place", "learner.provision.requiresPlaceAtParticularInstitution == true", "LOCAL_AUTHORITY", """ "responsibleAuthority": "learner.homeAuthority", "mayDirectSchool": false """);

        var decision = await Decide(statutory, null,
            """{ "hasAln": true, "homeAuthority": "cardiff", "lookingAfterAuthority": "newport", "provision": { "requiresPlaceAtParticularInstitution": true } }""");

        decision.Outcome.Should().Be("LOCAL_AUTHORITY");
        decision.Explanation.DecidingRule.Should().Be("named-place");
        decision.MayDirectSchool.Should().BeFalse();
        decision.ResponsibleAuthority.Should().BeEmpty();
        decision.FieldsNeedingInformation.Should().ContainSingle().Which.MissingFacts.Should().Equal("learner.lookedAfter");
    }

    [Fact]
    public async Task Decide_UndeterminedRulesWithAnotherOutcome_StillNeedsTheFacts()
    {
        var statutory = Rule("looked-after", "learner.lookedAfter == true", "NOT_APPLICABLE", """ """) + ",\n"
            + Rule("named-place", "learner.provision.requiresPlaceAtParticularInstitution == true", "LOCAL_AUTHORITY", """ "responsibleAuthority": "learner.homeAuthority" """);

        var decision = await Decide(statutory, null, """{ "hasAln": true, "homeAuthority": "cardiff", "provision": { "requiresPlaceAtParticularInstitution": true } }""");

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().Equal("learner.lookedAfter");
        decision.FieldsNeedingInformation.Should().BeEmpty();
    }

    // Regression: a statutory rule that passed behind an undetermined one with another answer used
    // to let the baseline decide as if that rule had never passed; it decides whenever the
    // undetermined rule fails, so only the undetermined rule's facts can settle the case.
    [Fact]
    public async Task Decide_RulePassingBehindAnUndeterminedRule_NoLaterLayerDecides()
    {
        var statutory = Rule("lives-in-england", "learner.homeAuthority == \"england\"", "SCHOOL", """ "responsibleAuthority": "learner.setting.authority" """) + ",\n"
            + Rule("dual-registered", "learner.dualRegistered == true", "LOCAL_AUTHORITY", """ "responsibleAuthority": "learner.homeAuthority" """);
        var baseline = Rule("school-maintains", "true", "SCHOOL", """ "responsibleAuthority": "learner.setting.authority" """);

        var decision = await Decide(statutory, baseline, """{ "hasAln": true, "dualRegistered": true, "setting": { "authority": "cardiff" } }""");

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().Equal("learner.homeAuthority");
    }
}

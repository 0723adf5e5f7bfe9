using AlnDecisions.Contract.V1;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class DecisionEngineTests
{
    private static string Request(string date, string learner = "{}", string kinds = "[\"ALN_DETERMINATION\"]") =>
        $$"""{ "caseReference": "case-1", "authority": "cardiff", "decisionDate": "{{date}}", "kinds": {{kinds}}, "learner": {{learner}} }""";

    [Theory]
    [InlineData("2022-05-01", "NO_ALN", "2021-09-01")]
    [InlineData("2023-08-31", "NO_ALN", "2021-09-01")]
    [InlineData("2023-09-01", "HAS_ALN", "2023-09-01")]
    public async Task Decide_VersionedRuleSets_UsesVersionInForceAndRecordsIt(string date, string outcome, string version)
    {
        var pipeline = await Pipelines.Over(RepositoryFolders.Fixture("rules-versioned"));

        var decision = await pipeline.DecideOneAsync(Request(date));

        decision.Outcome.Should().Be(outcome);
        decision.RuleSets.Should().ContainSingle().Which.Should().Match<RuleSetReference>(r =>
            r.Id == "fixture.aln-determination" && r.Version == version && r.Sha256.Length == 64);
    }

    [Fact]
    public async Task Decide_BeforeAnyVersionIsInForce_SaysSoAndNamesTheMissingRuleSet()
    {
        var pipeline = await Pipelines.Over(RepositoryFolders.Fixture("rules-versioned"));

        var decision = await pipeline.DecideOneAsync(Request("2020-01-01"));

        decision.Outcome.Should().Be("NO_RULE_SET_IN_FORCE");
        decision.Explanation.MissingInformation.Should().ContainSingle().Which.RuleSet.Date.Should().Be("2020-01-01");
        decision.Explanation.MissingFacts.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_UnknownFactThatCannotChangeOutcome_IsNotAskedFor()
    {
        var pipeline = await Pipelines.Repository;

        var decision = await pipeline.DecideOneAsync(Request("2025-10-01", """
            { "dateOfBirth": "2015-03-02", "needs": { "solelyLanguageOfHome": false }, "provision": { "additionalOrDifferentRequired": false } }
            """));

        decision.Outcome.Should().Be("NO_ALN");
        decision.Explanation.MissingFacts.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_UnknownFactThatDecides_ListsItByContractName()
    {
        var pipeline = await Pipelines.Repository;

        var decision = await pipeline.DecideOneAsync(Request("2025-10-01", """
            {
              "dateOfBirth": "2015-03-02",
              "needs": { "solelyLanguageOfHome": false, "disabilityHindersUseOfFacilities": false },
              "provision": { "additionalOrDifferentRequired": true, "reasonableAdjustmentsConsidered": true }
            }
            """));

        decision.Outcome.Should().Be("MORE_INFORMATION_NEEDED");
        decision.Explanation.MissingFacts.Should().Equal("learner.needs.significantlyGreaterDifficulty");
        decision.Explanation.MissingInformation.Should().ContainSingle().Which.Fact.Should().Be("learner.needs.significantlyGreaterDifficulty");
        decision.Explanation.Reasons.Should().Contain(r => r.RuleId == "no-learning-difficulty-or-disability" && r.Result == RuleResult.Types.Value.Undetermined);
    }

    [Fact]
    public async Task Decide_RuleThatThrows_IsAnErrorNeverANo()
    {
        using var rules = new TempRulesDirectory();
        var throwing = RuleFiles.ValidRule.Replace("learner.needs.solelyLanguageOfHome == true", "1 / (learner.post16.yearsOnProgramme - 2) > 0", StringComparison.Ordinal);
        rules.Write("national/test.json", RuleFiles.RuleSet(rules: throwing));
        var pipeline = await Pipelines.Over(rules.Path);

        var decision = await pipeline.DecideOneAsync(Request("2025-10-01", """{ "post16": { "yearsOnProgramme": 2 } }"""));

        decision.Outcome.Should().Be("EVALUATION_ERROR");
        decision.Explanation.Reasons.Single().Result.Should().Be(RuleResult.Types.Value.Error);
    }

    [Fact]
    public async Task Decide_EmptyKinds_DecidesEveryKindInForce()
    {
        var pipeline = await Pipelines.Repository;

        var response = await pipeline.DecideAsync(Request("2025-10-01", kinds: "[]"));

        response.Decisions.Select(d => d.Kind).Should().Contain(DecisionKind.Types.Value.AlnDetermination);
        response.DecisionId.Should().HaveLength(26);
        response.CaseReference.Should().Be("case-1");
    }

    [Fact]
    public async Task Decide_BasicView_LeavesOutReasonsAndKeepsTheAnswer()
    {
        var pipeline = await Pipelines.Repository;
        const string learner = """{ "dateOfBirth": "2015-03-02", "needs": { "solelyLanguageOfHome": true } }""";

        var full = await pipeline.DecideOneAsync(Request("2025-10-01", learner));
        var basic = (await pipeline.DecideAsync(Request("2025-10-01", learner).Replace("\"kinds\"", "\"view\": \"BASIC\", \"kinds\"", StringComparison.Ordinal))).Decisions.Single();

        basic.Explanation.Reasons.Should().BeEmpty();
        full.Explanation.Reasons.Should().NotBeEmpty();
        basic.Outcome.Should().Be(full.Outcome);
        basic.Explanation.DecidingRule.Should().Be(full.Explanation.DecidingRule);
        basic.Explanation.Summary.Should().Be(full.Explanation.Summary);
        basic.Explanation.NextSteps.Should().Equal(full.Explanation.NextSteps);
        basic.RuleSets.Should().Equal(full.RuleSets);
    }
}

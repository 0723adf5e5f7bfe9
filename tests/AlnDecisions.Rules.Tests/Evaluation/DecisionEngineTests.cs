using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;

namespace AlnDecisions.Rules.Tests.Evaluation;

public sealed class DecisionEngineTests
{
    private static async Task<DecisionEngine> EngineOver(string directory) =>
        new(await RuleSetRegistry.LoadAsync(directory), new DecisionIdGenerator(TimeProvider.System));

    private static DecisionCase Case(DateOnly date, Learner learner) =>
        new("case-1", "cardiff", date, [DecisionKind.AlnDetermination], learner);

    [Theory]
    [InlineData(2022, 5, 1, "NO_ALN", "2021-09-01")]
    [InlineData(2023, 8, 31, "NO_ALN", "2021-09-01")]
    [InlineData(2023, 9, 1, "HAS_ALN", "2023-09-01")]
    public async Task Decide_VersionedRuleSets_UsesVersionInForceAndRecordsIt(int year, int month, int day, string outcome, string version)
    {
        var engine = await EngineOver(RepositoryFolders.Fixture("rules-versioned"));

        var result = await engine.DecideAsync(Case(new DateOnly(year, month, day), Learner.Unknown));

        var decision = result.Decisions.Should().ContainSingle().Subject;
        decision.Outcome.Should().Be(outcome);
        decision.RuleSets.Should().ContainSingle().Which.Should().Match<RuleSetReference>(r =>
            r.Id == "fixture.aln-determination" && r.Version == version && r.Sha256.Length == 64);
    }

    [Fact]
    public async Task Decide_BeforeAnyVersionIsInForce_SaysSo()
    {
        var engine = await EngineOver(RepositoryFolders.Fixture("rules-versioned"));

        var result = await engine.DecideAsync(Case(new DateOnly(2020, 1, 1), Learner.Unknown));

        result.Decisions.Single().Outcome.Should().Be(Outcomes.NoRuleSetInForce);
    }

    [Fact]
    public async Task Decide_UnknownFactThatCannotChangeOutcome_IsNotAskedFor()
    {
        var engine = await EngineOver(RepositoryFolders.Rules);
        var learner = new Learner(
            DateOfBirth: new DateOnly(2015, 3, 2),
            Needs: new Needs(SolelyLanguageOfHome: false),
            Provision: new Provision(AdditionalOrDifferentRequired: false));

        var decision = (await engine.DecideAsync(Case(new DateOnly(2025, 10, 1), learner))).Decisions.Single();

        decision.Outcome.Should().Be("NO_ALN");
        decision.Explanation.MissingFacts.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_UnknownFactThatDecides_ListsItByContractName()
    {
        var engine = await EngineOver(RepositoryFolders.Rules);
        var learner = new Learner(
            DateOfBirth: new DateOnly(2015, 3, 2),
            Needs: new Needs(SolelyLanguageOfHome: false, DisabilityHindersUseOfFacilities: false),
            Provision: new Provision(AdditionalOrDifferentRequired: true, ReasonableAdjustmentsConsidered: true));

        var decision = (await engine.DecideAsync(Case(new DateOnly(2025, 10, 1), learner))).Decisions.Single();

        decision.Outcome.Should().Be(Outcomes.MoreInformationNeeded);
        decision.Explanation.MissingFacts.Should().Equal("learner.needs.significantlyGreaterDifficulty");
        decision.Explanation.Reasons.Should().Contain(r => r.RuleId == "no-learning-difficulty-or-disability" && r.Result == RuleResult.Undetermined);
    }

    [Fact]
    public async Task Decide_RuleThatThrows_IsAnErrorNeverANo()
    {
        using var rules = new TempRulesDirectory();
        var throwing = RuleFiles.ValidRule.Replace("learner.needs.solelyLanguageOfHome == true", "1 / (decision.date.Year - decision.date.Year) > 0", StringComparison.Ordinal);
        rules.Write("national/test.json", RuleFiles.RuleSet(rules: throwing));
        var engine = await EngineOver(rules.Path);

        var decision = (await engine.DecideAsync(Case(new DateOnly(2025, 10, 1), Learner.Unknown))).Decisions.Single();

        decision.Outcome.Should().Be(Outcomes.EvaluationError);
        decision.Explanation.Reasons.Single().Result.Should().Be(RuleResult.Error);
    }

    [Fact]
    public async Task Decide_EmptyKinds_DecidesEveryKindInForce()
    {
        var engine = await EngineOver(RepositoryFolders.Rules);

        var result = await engine.DecideAsync(new DecisionCase("case-1", "cardiff", new DateOnly(2025, 10, 1), [], Learner.Unknown));

        result.Decisions.Select(d => d.Kind).Should().Contain(DecisionKind.AlnDetermination);
        result.DecisionId.Should().HaveLength(26);
        result.CaseReference.Should().Be("case-1");
    }
}

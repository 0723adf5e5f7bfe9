using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.Catalog;

public sealed class RuleSetCatalogBuilderTests
{
    [Fact]
    public async Task Build_ExpressionThatDoesNotCompile_IsReportedWithRuleNameAndLine()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", RuleFiles.RuleSet(rules: RuleFiles.ValidRule.Replace("solelyLanguageOfHome", "solelyLanguageOfHoem", StringComparison.Ordinal)));

        var catalog = await Pipelines.CatalogOf(rules.Path);

        var problem = catalog.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.ExpressionInvalid);
        problem.RuleName.Should().Be("always-no");
        problem.Line.Should().BeGreaterThan(0);
        problem.Message.Should().Contain("solelyLanguageOfHoem");
        catalog.RuleSets.Should().BeEmpty();
        catalog.Files.Single().LoadState.Should().Be("REJECTED");
    }

    [Fact]
    public async Task Build_ConsidersAFactRulesCannotRead_IsReportedWithRuleName()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/test.json", RuleFiles.RuleSet(rules: RuleFiles.ValidRule.Replace(
            "\"outcome\": \"NO_ALN\",", "\"outcome\": \"NO_ALN\",\n              \"considers\": [ \"learner.needs.solelyLanguageOfHoem\" ],", StringComparison.Ordinal)));

        var catalog = await Pipelines.CatalogOf(rules.Path);

        var problem = catalog.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.FieldInvalid);
        problem.RuleName.Should().Be("always-no");
        problem.Message.Should().Contain("considers entry 'learner.needs.solelyLanguageOfHoem'");
    }

    [Fact]
    public async Task Build_OverlappingVersions_RejectsBothAtStartUp()
    {
        using var rules = new TempRulesDirectory();
        rules.Write("national/a.json", RuleFiles.RuleSet(version: "1", effectiveFrom: "2021-09-01", effectiveTo: "\"2024-08-31\""));
        rules.Write("national/b.json", RuleFiles.RuleSet(version: "2", effectiveFrom: "2024-01-01"));

        var catalog = await Pipelines.CatalogOf(rules.Path);

        catalog.Problems.Should().HaveCount(2).And.OnlyContain(p => p.Code == ProblemCodes.EffectiveDatesOverlap);
        catalog.RuleSets.Should().BeEmpty();
    }

    [Fact]
    public async Task Build_RepositoryRules_LoadWithoutProblems()
    {
        var catalog = await Pipelines.CatalogOf(RepositoryFolders.Rules);

        catalog.Problems.Should().BeEmpty();
        catalog.Find(DecisionKind.AlnDetermination, Authorities.National, Layer.Statutory, new DateOnly(2025, 10, 1)).Should().NotBeNull();
    }

    [Fact]
    public async Task Find_VersionedFixture_SelectsVersionInForceOnDate()
    {
        var catalog = await Pipelines.CatalogOf(RepositoryFolders.Fixture("rules-versioned"));

        catalog.Problems.Should().BeEmpty();
        catalog.Find(DecisionKind.AlnDetermination, Authorities.National, Layer.Statutory, new DateOnly(2023, 8, 31))!.Version.Should().Be("2021-09-01");
        catalog.Find(DecisionKind.AlnDetermination, Authorities.National, Layer.Statutory, new DateOnly(2023, 9, 1))!.Version.Should().Be("2023-09-01");
        catalog.Find(DecisionKind.AlnDetermination, Authorities.National, Layer.Statutory, new DateOnly(2021, 8, 31)).Should().BeNull();
    }
}

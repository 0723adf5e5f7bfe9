using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.Expressions;

/// <summary>
/// What a rule file's expression may do: read facts, compare, combine. Each hostile expression here
/// was tried against the earlier word deny-list; the allow-list over the parsed tree refuses them
/// at load, with the rule's name and the expression's own line and column.
/// </summary>
public sealed class ExpressionAllowListTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static async Task<IReadOnlyList<RuleSetProblem>> ProblemsOf(string expression)
    {
        using var rules = new TempRulesDirectory();
        var rule = RuleFiles.ValidRule.Replace("learner.needs.solelyLanguageOfHome == true", expression.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
        rules.Write("national/test.json", RuleFiles.RuleSet(rules: rule));
        var catalog = await Pipelines.CatalogOf(rules.Path);
        return catalog.Problems.ToArray();
    }

    [Theory]
    [InlineData("learner.GetType().Name == \"x\"")]
    [InlineData("learner.needs.GetType().Assembly.FullName != \"\"")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]
    [InlineData("somethingElse.value == true")]
    [InlineData("Enumerable.Range(0, 200000000).Count() > 1")]
    [InlineData("'\"' != 'a' && Enumerable.Range(0, 200000000).Count(x => x > 0) > 0 || '\"' == '1'")]
    [InlineData("Math.Pow(2, 10) > 1")]
    [InlineData("Guid.NewGuid() != Guid.Empty")]
    [InlineData("DateTime.Now.Year > 2000")]
    [InlineData("learner.needs.areas.Any(a => a == \"x\")")]
    [InlineData("learner == null")]
    [InlineData("learner.needs == null")]
    [InlineData("new[] { 1, 2 }.Length == 2")]
    [InlineData("\"abc\".GetHashCode() == 1")]
    [InlineData("learner.needs.areas.Select(a => a.Length).Sum() > 0")]
    [InlineData("learner.lookedAfter == true || age.years / 0 > 1")]
    [InlineData("learner.lookedAfter == true || age.years % 0 == 1")]
    [InlineData("learner.lookedAfter == true || decision.date > DateTime(10000, 1, 1)")]
    [InlineData("learner.lookedAfter == true || decision.date > DateTime(2025, 2, 30)")]
    [InlineData("learner.lookedAfter == true || decision.date > DateTime(0, 0, 0)")]
    public async Task Load_ExpressionReachingOutsideTheFacts_IsRefusedNamingTheRule(string expression)
    {
        var problems = await ProblemsOf(expression);

        problems.Should().NotBeEmpty()
            .And.OnlyContain(p => (p.Code == ProblemCodes.ExpressionForbidden || p.Code == ProblemCodes.ExpressionInvalid) && p.RuleName == "always-no" && p.Line > 0 && p.Column > 0);
    }

    [Theory]
    [InlineData("learner.needs.solelyLanguageOfHome == true && !(learner.setting.kind == \"SPECIAL_SCHOOL\")")]
    [InlineData("learner.needs.areas.Contains(\"communication and interaction\")")]
    [InlineData("learner.post16.yearsOnProgramme >= 2 || age.years + 1 >= 25")]
    [InlineData("learner.homeAuthority == learner.setting.authority")]
    [InlineData("learner.provision.tier.StartsWith(\"target\")")]
    [InlineData("learner.needs.solelyLanguageOfHome.HasValue")]
    [InlineData("decision.date.Value.Year >= 2025")]
    [InlineData("decision.date >= DateTime(2025, 9, 1)")]
    [InlineData("decision.date < DateTime(2024, 2, 29)")]
    [InlineData("age.years / 2 >= 8 && age.years % 2 == 0")]
    public async Task Load_ExpressionOverFacts_IsAccepted(string expression)
    {
        (await ProblemsOf(expression)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("decision.date == \"x\"")]
    [InlineData("DateTime.Today == \"x\"")]
    [InlineData("decision.date > \"2025-13-45\"")]
    public async Task Load_TextComparedWithADate_IsRefusedNotThrown(string expression)
    {
        // Regression: Dynamic LINQ converts the text while parsing and threw FormatException, which
        // stopped the whole load (the host could not start, a reload failed).
        var problems = await ProblemsOf(expression);

        problems.Should().NotBeEmpty().And.OnlyContain(p => (p.Code == ProblemCodes.ExpressionInvalid || p.Code == ProblemCodes.ExpressionForbidden) && p.RuleName == "always-no");
    }

    public static TheoryData<string> HostileTokens() => new(Properties.RuleFileGen.Hostile);

    [Theory]
    [MemberData(nameof(HostileTokens))]
    public async Task Load_HostileTokenBesideAFactRead_IsRefused(string token)
    {
        var problems = await ProblemsOf($"{token} != null || learner.needs.solelyLanguageOfHome == true");

        problems.Should().NotBeEmpty().And.OnlyContain(p => (p.Code == ProblemCodes.ExpressionForbidden || p.Code == ProblemCodes.ExpressionInvalid) && p.RuleName == "always-no");
        output.WriteLine($"{token} | {string.Join(", ", problems.Select(p => p.Code).Distinct())} | {problems[0].Message}");
    }

    [Fact]
    public async Task Load_ExpressionThatThrowsForEveryValue_IsFoundAtLoad()
    {
        var problems = await ProblemsOf("learner.provision.tier.Substring(1000, 1) == \"x\" || 1 / (age.years - age.years) > 0");

        problems.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Load_DivisionThatFailsForEveryValue_IsReportedAsAlwaysFailing()
    {
        var problems = await ProblemsOf("1 / (age.years - age.years) > 0");

        problems.Should().ContainSingle(p => p.Code == ProblemCodes.ExpressionAlwaysFails && p.RuleName == "always-no");
    }

    [Fact]
    public async Task Load_TypoInFactName_PointsAtTheTypo()
    {
        var problems = await ProblemsOf("learner.needs.solelyLanguageOfHoem == true");

        var problem = problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.ExpressionInvalid);
        problem.Message.Should().Contain("solelyLanguageOfHoem");
        // "Expression": "learner.needs.solelyLanguageOfHoem..." — the parser stops at the unknown member.
        var line = RuleFiles.RuleSet().Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("\"Expression\"", StringComparison.Ordinal));
        problem.Line.Should().Be(line.index + 1);
        problem.Column.Should().Be(line.text.IndexOf("learner", StringComparison.Ordinal) + 1 + "learner.needs.".Length);
    }

    [Fact]
    public async Task Load_DeeplyNestedExpression_IsRefusedWithoutParsing()
    {
        var nested = new string('(', 5000) + "true" + new string(')', 5000);

        var problems = await ProblemsOf(nested);

        problems.Should().ContainSingle(p => p.Code == ProblemCodes.ExpressionForbidden);
    }

    [Fact]
    public async Task Load_MissingFactsEntryThatIsNotAFact_IsRejected()
    {
        using var rules = new TempRulesDirectory();
        var rule = RuleFiles.ValidRule.Replace("\"outcome\": \"NO_ALN\",", "\"outcome\": \"MORE_INFORMATION_NEEDED\", \"missingFacts\": [\"learner.shoeSize\"],", StringComparison.Ordinal);
        rules.Write("national/test.json", RuleFiles.RuleSet(rules: rule));

        var catalog = await Pipelines.CatalogOf(rules.Path);

        catalog.Problems.Should().ContainSingle(p => p.Code == ProblemCodes.FieldInvalid).Which.Message.Should().Contain("learner.shoeSize");
    }
}

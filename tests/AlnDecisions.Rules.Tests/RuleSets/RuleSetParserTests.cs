using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Tests.RuleSets;

public sealed class RuleSetParserTests
{
    private static RuleSetParseResult Parse(string text) => RuleSetParser.Parse("national/test.json", RuleFiles.Bytes(text));

    [Fact]
    public void Parse_ValidFile_ReturnsDefinitionWithHash()
    {
        var result = Parse(RuleFiles.RuleSet());

        result.Problems.Should().BeEmpty();
        result.Definition!.Id.Should().Be("test.aln");
        result.Definition.Rules.Should().ContainSingle().Which.Name.Should().Be("always-no");
        result.Definition.Sha256.Should().HaveLength(64);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLineAndColumn()
    {
        var result = Parse("{\n  \"id\": \"x\",\n  \"kind\": ALN\n}");

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.JsonMalformed);
        problem.Line.Should().Be(3);
        problem.Column.Should().BeGreaterThan(0);
        result.Definition.Should().BeNull();
    }

    [Fact]
    public void Parse_UnknownFieldInRule_NamesFieldRuleAndLine()
    {
        var rule = RuleFiles.ValidRule.Replace("\"RuleName\": \"always-no\",", "\"RuleName\": \"always-no\",\n            \"Operatr\": \"And\",", StringComparison.Ordinal);

        var result = Parse(RuleFiles.RuleSet(rules: rule));

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.FieldUnknown);
        problem.RuleName.Should().Be("always-no");
        problem.Message.Should().Contain("Operatr");
        problem.Line.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneAtOnce()
    {
        var rule = """
                  {
                    "RuleName": "broken",
                    "Expression": "learner.lookedAfter == true",
                    "Properties": { "outcome": "MAYBE_ALN", "text": { "en": "Only English." } }
                  }
            """;

        var result = Parse(RuleFiles.RuleSet(rules: rule, layer: "SOMETIMES"));

        result.Problems.Select(p => p.Code).Should().Contain(
        [
            ProblemCodes.FieldInvalid,      // layer, outcome
            ProblemCodes.CitationMissing,
            ProblemCodes.TextMissingWelsh,
        ]);
        result.Problems.Where(p => p.Code == ProblemCodes.FieldInvalid).Should().HaveCountGreaterThanOrEqualTo(2);
        result.Problems.Where(p => p.RuleName == "broken").Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Parse_DuplicateRuleNames_ReportsSecondWithFirstLine()
    {
        var result = Parse(RuleFiles.RuleSet(rules: RuleFiles.ValidRule + ",\n" + RuleFiles.ValidRule));

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.RuleDuplicate);
        problem.RuleName.Should().Be("always-no");
        problem.Message.Should().Contain("already used at line");
    }

    [Fact]
    public void Parse_AuthorityFileInStatutoryLayer_IsRejected()
    {
        var result = Parse(RuleFiles.RuleSet(authority: "cardiff", layer: "STATUTORY", status: "published-principles"));

        result.Problems.Should().ContainSingle(p => p.Code == ProblemCodes.LayerNotAllowed)
            .Which.Message.Should().Contain("cardiff");
    }

    [Fact]
    public void Parse_EffectiveToBeforeFrom_IsRejected()
    {
        var result = Parse(RuleFiles.RuleSet(effectiveFrom: "2024-01-01", effectiveTo: "\"2023-01-01\""));

        result.Problems.Should().ContainSingle(p => p.Code == ProblemCodes.FieldInvalid).Which.Message.Should().Contain("effectiveTo");
    }

    [Fact]
    public void Parse_ConsidersEntryThatIsNotAText_IsRejected()
    {
        var rule = RuleFiles.ValidRule.Replace("\"outcome\": \"NO_ALN\",", "\"outcome\": \"NO_ALN\",\n              \"considers\": [ 7 ],", StringComparison.Ordinal);

        var problem = Parse(RuleFiles.RuleSet(rules: rule)).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(ProblemCodes.FieldInvalid);
        problem.Message.Should().Contain("considers");
    }

    [Fact]
    public void Parse_RepositoryRuleFiles_AllParseCleanly()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Rules, "*.json", SearchOption.AllDirectories)
                     .Where(f => !Rules.Catalog.RuleSetCatalogBuilder.NotRuleSetFolders.Contains(Path.GetRelativePath(RepositoryFolders.Rules, f).Split(Path.DirectorySeparatorChar)[0])))
        {
            RuleSetParser.Parse(file, File.ReadAllBytes(file)).Problems.Should().BeEmpty(because: file);
        }
    }
}

using System.Text.Json;

namespace AlnDecisions.Cli.Tests;

/// <summary>test, coverage and steps: the scenarios run without a build, with the same SpecFlow bindings as dotnet test.</summary>
public sealed class ScenarioCommandTests
{
    private const string WrongExpectation = """
        Feature: inline
          Scenario: wrong expectation
            Given the decision is made in "gwynedd" on "2025-10-01"
            And the learner was born on "2016-05-04"
            And the learner's "needs.solelyLanguageOfHome" is true
            When the "ALN_DETERMINATION" decision is made
            Then the outcome is "HAS_ALN"
        """;

    [Fact]
    public async Task Test_EveryScenarioOfTheRepository_PassesOnTheGherkinRunnerToo()
    {
        // The same features/ SpecFlow.xUnit runs under dotnet test, parsed by Gherkin alone: the
        // suite does not depend on SpecFlow's code-behind generation to be run at all.
        var run = await AlnRulesProcess.RunAsync("test");

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines[^1].Should().MatchRegex(@"^[1-9]\d{2,} passed, 0 failed$");
    }

    [Fact]
    public async Task Test_Filter_RunsTheMatchingScenariosAndEndsWithTheCount()
    {
        var run = await AlnRulesProcess.RunAsync("test", "--filter", "language-of-home");

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines[^1].Should().MatchRegex(@"^[1-9]\d* passed, 0 failed$");
    }

    [Fact]
    public async Task Test_WelshFeature_RunsWithTheWelshPhrasings()
    {
        var run = await AlnRulesProcess.RunAsync("test", "--filter", "diffiniad-ady");

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines[^1].Should().Be("6 passed, 0 failed");
    }

    [Fact]
    public async Task Test_FixtureRulesDirectory_ScenariosThatNameOneKeepIt()
    {
        var run = await AlnRulesProcess.RunAsync("test", "--filter", "version-selection");

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines[^1].Should().EndWith("passed, 0 failed");
    }

    [Fact]
    public async Task Test_FilterMatchingNothing_FailsInOneLine()
    {
        var run = await AlnRulesProcess.RunAsync("test", "--filter", "no scenario is called this");

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("no scenario matches --filter 'no scenario is called this'");
    }

    [Fact]
    public async Task Test_WrongExpectation_FailsNamingLineAndBothValues()
    {
        using var temp = new TempDirectory();
        temp.File("features/inline.feature", WrongExpectation);

        var run = await AlnRulesProcess.RunAsync("test", Path.Combine(temp.Path, "features"));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("inline.feature:7").And.Contain("expected outcome HAS_ALN but got NO_ALN");
        run.OutLines[^1].Should().Be("0 passed, 1 failed");
    }

    [Fact]
    public async Task Test_CandidateRules_ScenariosRunAgainstThem()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyOfRules();
        var national = Path.Combine(rules, "national", "aln-determination.json");
        File.WriteAllText(national, File.ReadAllText(national).Replace("\"outcome\": \"NO_ALN\"", "\"outcome\": \"HAS_ALN\"", StringComparison.Ordinal));

        var run = await AlnRulesProcess.RunAsync("test", "--filter", "language-of-home", "--rules", rules);

        run.ExitCode.Should().Be(1);
        run.OutLines[^1].Should().MatchRegex(@"^\d+ passed, [1-9]\d* failed$");
    }

    [Fact]
    public async Task Test_UnknownStep_FailsListingTheKnownSteps()
    {
        using var temp = new TempDirectory();
        temp.File("features/inline.feature", "Feature: inline\n  Scenario: a step nobody wrote\n    Given the learner likes trains\n");

        var run = await AlnRulesProcess.RunAsync("test", Path.Combine(temp.Path, "features"));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("No step definition matches \"Given the learner likes trains\"").And.Contain("Known steps:").And.Contain("Given the learner was born on");
    }

    [Fact]
    public async Task Test_FeatureThatDoesNotParse_IsAFailingScenario()
    {
        using var temp = new TempDirectory();
        temp.File("features/broken.feature", "Feature: x\n  Scenario: y\n    Given a table\n      | a |\n      | b | c |\n");

        var run = await AlnRulesProcess.RunAsync("test", Path.Combine(temp.Path, "features"));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("broken.feature does not parse");
        run.OutLines[^1].Should().Be("0 passed, 1 failed");
    }

    [Fact]
    public async Task Test_NoSuchFeaturesDirectory_OneLineExitThree()
    {
        var run = await AlnRulesProcess.RunAsync("test", "no-such-features");

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("no such directory");
    }

    [Fact]
    public async Task Coverage_OneScenario_ListsRulesNoScenarioReachesFirst()
    {
        using var temp = new TempDirectory();
        temp.File("features/inline.feature", WrongExpectation);

        var run = await AlnRulesProcess.RunAsync("coverage", Path.Combine(temp.Path, "features"));

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines[0].Should().MatchRegex(@"^Rules no scenario reaches: \d+ of \d+$");
        var reached = run.Out.IndexOf("Rules scenarios reach:", StringComparison.Ordinal);
        run.Out[..reached].Should().Contain("national.cross-border@2021-09-01");
        run.Out[reached..].Should().Contain("national.aln-determination@2021-09-01  difficulty-solely-from-language-of-home: PASSED in 1")
            .And.Contain("inline.feature:2 wrong expectation  (scenario FAILED)");
    }

    [Fact]
    public async Task Coverage_Json_GivesEveryRuleWithTheScenariosThatReachedIt()
    {
        var run = await AlnRulesProcess.RunAsync("coverage", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        rules.Should().Contain(r => r.GetProperty("rule").GetString() == "aged-25-or-over" && r.GetProperty("reached").GetArrayLength() > 0);
        rules.TakeWhile(r => r.GetProperty("reached").GetArrayLength() == 0).Should().NotBeEmpty("cardiff's desired-outcomes-not-assessed is reached by no scenario");
    }

    [Fact]
    public async Task Steps_BothLanguages_AndWelshOnlyWithTheDialectKeywords()
    {
        var both = await AlnRulesProcess.RunAsync("steps");
        var welsh = await AlnRulesProcess.RunAsync("steps", "--lang", "cy");

        both.ExitCode.Should().Be(0);
        both.Out.Should().Contain("Given the learner was born on").And.Contain("Anrhegedig a bod dyddiad geni'r dysgwr yn");
        welsh.OutLines.Should().OnlyContain(l => l.StartsWith("Anrhegedig a bod ", StringComparison.Ordinal) || l.StartsWith("Pryd y gwneir ", StringComparison.Ordinal) || l.StartsWith("Yna dylai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateCaseload_SameSeed_SameCases()
    {
        var first = await AlnRulesProcess.RunAsync("generate-caseload", "--count", "50", "--seed", "3");
        var second = await AlnRulesProcess.RunAsync("generate-caseload", "--count", "50", "--seed", "3");

        first.ExitCode.Should().Be(0, first.Error);
        first.OutLines.Should().HaveCount(50).And.Equal(second.OutLines);
        first.OutLines.Should().OnlyContain(l => l.Contains("\"caseReference\": \"synthetic-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateCaseload_CountZero_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("generate-caseload", "--count", "0");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--count");
    }

    [Fact]
    public async Task GenerateCaseload_DeviceFull_InternalErrorInOneLineNoStackTrace()
    {
        var run = await AlnRulesProcess.RunAsync("generate-caseload", "--count", "20000", "--out", "/dev/full");

        run.ExitCode.Should().Be(70);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("aln-rules: internal error: IOException");
        run.Error.Should().NotContain("   at ");
    }
}

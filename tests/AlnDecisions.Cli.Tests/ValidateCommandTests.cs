using System.Text.Json;

namespace AlnDecisions.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_RepositoryRules_AllValidWithCoveragePerRuleSet()
    {
        var run = await AlnRulesProcess.RunAsync("validate");

        run.ExitCode.Should().Be(0, run.Out + run.Error);
        run.OutLines[^1].Should().EndWith("all valid");
        run.Out.Should().Contain("Scenario coverage by rule set:").And.Contain("national.aln-determination@2021-09-01");
        run.Error.Should().BeEmpty("progress is for terminals only");
    }

    [Fact]
    public async Task Validate_BrokenFileDuplicateVersionAndMissingAuthority_ReportsEachAndExitsOne()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyOfRules();
        File.WriteAllText(Path.Combine(rules, "national", "aln-determination-copy.json"), File.ReadAllText(Path.Combine(rules, "national", "aln-determination.json")));
        File.Delete(Path.Combine(rules, "authorities", "torfaen", "idp-responsibility.json"));
        File.WriteAllText(Path.Combine(rules, "national", "broken.json"), "{ \"id\": ");

        var run = await AlnRulesProcess.RunAsync("validate", rules);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("VERSION_DUPLICATE")
            .And.Contain("authorities/torfaen/idp-responsibility.json:0:0: AUTHORITY_FILE_MISSING")
            .And.Contain("national/broken.json").And.Contain("JSON_MALFORMED");
        run.OutLines[^1].Should().MatchRegex(@"^\d+ problem\(s\) in \d+ of \d+ files$");
    }

    [Fact]
    public async Task Validate_MinCoverageAboveWhatScenariosReach_FailsNamingTheRuleSet()
    {
        var run = await AlnRulesProcess.RunAsync("validate", "--min-coverage", "100");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("COVERAGE_BELOW_MINIMUM").And.Contain("cardiff.post16-reasonable-needs@2021-09-01");
    }

    [Fact]
    public async Task Validate_MinCoverageZero_Passes()
    {
        var run = await AlnRulesProcess.RunAsync("validate", "--min-coverage", "0", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("coverage").GetArrayLength().Should().BeGreaterThan(10);
    }

    [Fact]
    public async Task Validate_MinCoverageNotAPercentage_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("validate", "--min-coverage", "101");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("percentage");
    }

    [Fact]
    public async Task Validate_NoSuchDirectory_OneLineAndExitThree()
    {
        var run = await AlnRulesProcess.RunAsync("validate", "no-such-rules");

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("no-such-rules: no such directory");
    }
}

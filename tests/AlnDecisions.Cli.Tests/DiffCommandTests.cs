using System.Text.Json;

namespace AlnDecisions.Cli.Tests;

public sealed class DiffCommandTests
{
    [Fact]
    public async Task Diff_SameRules_NoDifferencesExitZero()
    {
        using var temp = new TempDirectory();
        var copy = temp.CopyOfRules();

        var run = await AlnRulesProcess.RunAsync("diff", "rules", copy);

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().Equal("no differences");
    }

    [Fact]
    public async Task Diff_EditedRules_SaysWhatChangedPerAuthorityAndKindAndExitsOne()
    {
        using var temp = new TempDirectory();
        var copy = temp.CopyOfRules();
        var denbighshire = Path.Combine(copy, "authorities", "denbighshire", "idp-responsibility.json");
        File.WriteAllText(denbighshire, File.ReadAllText(denbighshire)
            .Replace("learner.setting.specialistClass == \\\"RESOURCE_BASE\\\"\"", "learner.setting.specialistClass == \\\"RESOURCE_BASE\\\" || learner.setting.specialistClass == \\\"LEARNING_SUPPORT_CLASS\\\"\"", StringComparison.Ordinal));
        var national = Path.Combine(copy, "national", "aln-determination.json");
        File.WriteAllText(national, File.ReadAllText(national).Replace("\"effectiveTo\": null", "\"effectiveTo\": \"2026-08-31\"", StringComparison.Ordinal));
        File.Delete(Path.Combine(copy, "national", "cross-border-baseline.json"));

        var run = await AlnRulesProcess.RunAsync("diff", "rules", copy);

        run.ExitCode.Should().Be(1, run.Error);
        run.Out.Should().Contain("denbighshire · IDP_RESPONSIBILITY")
            .And.Contain("rule 'specialist-setting': changed")
            .And.Contain("LEARNING_SUPPORT_CLASS")
            .And.Contain("national · ALN_DETERMINATION")
            .And.Contain("effectiveTo: was open-ended, now 2026-08-31")
            .And.Contain("national.cross-border-baseline@2021-09-01 (national/cross-border-baseline.json): removed");
        run.OutLines[^1].Should().Be("rule sets: 0 added, 1 removed, 2 changed; rules: 0 added, 0 removed, 1 changed");
    }

    [Fact]
    public async Task Diff_AddedRuleAndVersion_JsonListsThem()
    {
        using var temp = new TempDirectory();
        var copy = temp.CopyOfRules();
        var post16 = File.ReadAllText(Path.Combine(copy, "national", "post16-reasonable-needs-2025-09-01.json"));
        File.WriteAllText(Path.Combine(copy, "national", "post16-reasonable-needs-2027-09-01.json"),
            post16.Replace("\"version\": \"2025-09-01\"", "\"version\": \"2027-09-01\"", StringComparison.Ordinal));

        var run = await AlnRulesProcess.RunAsync("diff", "rules", copy, "--format", "json");

        run.ExitCode.Should().Be(1, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("changes").EnumerateArray().Should().Contain(c =>
            c.GetProperty("ruleSet").GetString() == "national.post16-reasonable-needs" && c.GetProperty("version").GetString() == "2027-09-01" && c.GetProperty("change").GetString() == "added");
    }

    [Fact]
    public async Task Diff_MissingDirectory_OneLineExitThree()
    {
        var run = await AlnRulesProcess.RunAsync("diff", "rules", "no-such-rules");

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("no-such-rules: no such directory");
    }

    [Fact]
    public async Task Diff_OneDirectoryOnly_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("diff", "rules");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle();
    }
}

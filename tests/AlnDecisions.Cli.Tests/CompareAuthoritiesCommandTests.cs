using System.Text.Json;
using System.Text.RegularExpressions;

namespace AlnDecisions.Cli.Tests;

public sealed class CompareAuthoritiesCommandTests
{
    [Fact]
    public async Task Compare_RepositoryRules_CarmarthenshireDiffersWithThePrinciplesResponsibleNeighboursFirst()
    {
        var run = await AlnRulesProcess.RunAsync("compare-authorities");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Facts varied:").And.Contain("learner.needs.rareConditionRequiringSpecialistSupport")
            .And.Contain("rare-condition-needing-specialist-support, AUTHORITY_PRINCIPLES")
            .And.Contain("specialist-setting, NATIONAL_BASELINE");
        var neighbours = run.Out.IndexOf("Neighbouring authorities that decide differently", StringComparison.Ordinal);
        var others = run.Out.IndexOf("Other pairs that decide differently", StringComparison.Ordinal);
        neighbours.Should().BeLessThan(others);
        run.Out[neighbours..others].Should().Contain("carmarthenshire · swansea").And.NotContain("carmarthenshire · cardiff");
        run.Out[others..].Should().Contain("carmarthenshire · cardiff");
    }

    [Fact]
    public async Task Compare_Html_WritesA22By22MatrixWithoutJavaScript()
    {
        using var temp = new TempDirectory();
        var page = Path.Combine(temp.Path, "compare.html");

        var run = await AlnRulesProcess.RunAsync("compare-authorities", "--html", page, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var html = File.ReadAllText(page);
        html.Should().Contain("<svg").And.NotContain("<script").And.NotContain("onclick");
        Regex.Count(html, "<rect ").Should().Be(22 * 22);
        html.Should().Contain("href=\"#pair-carmarthenshire-swansea\"").And.Contain("id=\"pair-carmarthenshire-swansea\"");
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("authorities").GetArrayLength().Should().Be(22);
        json.RootElement.GetProperty("pairs").EnumerateArray().Should().OnlyContain(p =>
            p.GetProperty("first").GetString() == "carmarthenshire" || p.GetProperty("second").GetString() == "carmarthenshire");
    }

    [Fact]
    public async Task Compare_Welsh_ReportsInWelsh()
    {
        var run = await AlnRulesProcess.RunAsync("compare-authorities", "--lang", "cy");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("ym mhob un o'r 22 awdurdod").And.Contain("Awdurdodau cyfagos sy'n penderfynu'n wahanol");
    }

    [Fact]
    public async Task Compare_Caseload_PutsEachCaseToEveryAuthority()
    {
        using var temp = new TempDirectory();
        var cases = temp.File("cases.jsonl", Cases.Caseload(Cases.LanguageOfHome, Cases.HasAln));

        var run = await AlnRulesProcess.RunAsync("compare-authorities", "--cases", cases, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("cases").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("alikeGroups")[0].GetArrayLength().Should().Be(22, "the ALN definition is the same law everywhere");
    }

    [Fact]
    public async Task Compare_RulesWithoutAdjacency_OneLineExitThree()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyOfRules();
        File.Delete(Path.Combine(rules, "geography", "adjacency.json"));

        var run = await AlnRulesProcess.RunAsync("compare-authorities", "--rules", rules);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("adjacency.json: no such file");
    }

    [Fact]
    public async Task Compare_MissingCaseload_OneLineExitThree()
    {
        var run = await AlnRulesProcess.RunAsync("compare-authorities", "--cases", "no-such-cases.jsonl");

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("no such file");
    }
}

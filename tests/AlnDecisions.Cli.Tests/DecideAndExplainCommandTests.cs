using System.Text.Json;

namespace AlnDecisions.Cli.Tests;

public sealed class DecideAndExplainCommandTests
{
    [Fact]
    public async Task Decide_CaseFile_PrintsOutcomeInTextAndResponseInJson()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", Cases.LanguageOfHome);

        var text = await AlnRulesProcess.RunAsync("decide", "--case", file);
        var json = await AlnRulesProcess.RunAsync("decide", "--case", file, "--format", "json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Out.Should().Contain("ALN_DETERMINATION: NO_ALN");
        json.ExitCode.Should().Be(0, json.Error);
        using var response = JsonDocument.Parse(json.Out);
        response.RootElement.GetProperty("decisions")[0].GetProperty("outcome").GetString().Should().Be("NO_ALN");
    }

    [Fact]
    public async Task Decide_FileThatIsNotJson_OneLineNoStackTraceExitThree()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", "this is not json");

        var run = await AlnRulesProcess.RunAsync("decide", "--case", file);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("case.json").And.Contain("not");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Decide_CaseDatedInTheYear9999_RefusedInOneLineWithoutACrash()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", Cases.Year9999);

        var run = await AlnRulesProcess.RunAsync("decide", "--case", file);

        // The crash (exit 134) was an unhandled exception; a date beyond any plan is now bad input.
        run.ExitCode.Should().Be(3, run.Error);
        run.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("decisionDate");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Decide_NoSuchFile_OneLineExitThree()
    {
        var run = await AlnRulesProcess.RunAsync("decide", "--case", "no-such-case.json");

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("no-such-case.json: no such file");
    }

    [Fact]
    public async Task Decide_WithoutCase_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("decide");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--case");
    }

    [Fact]
    public async Task Explain_LanguageOfHome_PanelTextWithWhatWouldChangeTheOutcome()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", Cases.LanguageOfHome);

        var run = await AlnRulesProcess.RunAsync("explain", "--case", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Outcome: NO_ALN")
            .And.Contain("difficulty-solely-from-language-of-home (statutory layer; national.aln-determination 2021-09-01)")
            .And.Contain("Why: The only reason recorded for a learning difficulty is that the language")
            .And.Contain("learner.needs.solelyLanguageOfHome = true")
            .And.Contain("What is missing: nothing")
            .And.Contain("What would change the outcome:")
            .And.Contain("learner.needs.solelyLanguageOfHome false instead of true → MORE_INFORMATION_NEEDED")
            .And.Contain("Next steps:")
            .And.Contain("Act 2018, s.2(4): a person does not have a learning difficulty or disability solely because").And.Contain("[P: primary text read]");
    }

    [Fact]
    public async Task Explain_HasAlnInWelsh_PanelInWelshNamingWhatWouldMakeItNoAln()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", Cases.HasAln);

        var run = await AlnRulesProcess.RunAsync("explain", "--case", file, "--lang", "cy");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Canlyniad: HAS_ALN")
            .And.Contain("Penderfynwyd gan:")
            .And.Contain("Pam: Mae gan y dysgwr anhawster dysgu")
            .And.Contain("Beth fyddai'n newid y canlyniad:")
            .And.Contain("learner.needs.significantlyGreaterDifficulty anwir yn lle gwir → NO_ALN")
            .And.Contain("Camau nesaf:")
            .And.Contain("Ffynonellau:");
    }

    [Fact]
    public async Task Explain_Json_CarriesResponseAndTheChangesFound()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", Cases.HasAln);

        var run = await AlnRulesProcess.RunAsync("explain", "--case", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("response").GetProperty("caseReference").GetString().Should().Be("ldd-a-01");
        var changes = json.RootElement.GetProperty("whatWouldChange")[0];
        changes.GetProperty("kind").GetString().Should().Be("ALN_DETERMINATION");
        changes.GetProperty("changes").EnumerateArray().Should().Contain(c =>
            c.GetProperty("outcome").GetString() == "NO_ALN" && c.GetProperty("facts")[0].GetProperty("fact").GetString() == "learner.provision.additionalOrDifferentRequired");
        changes.GetProperty("decisions").GetInt32().Should().BeLessThanOrEqualTo(600);
    }

    [Fact]
    public async Task Explain_RequestTheContractRefuses_OneLineNamingTheField()
    {
        using var temp = new TempDirectory();
        var file = temp.File("case.json", Cases.LanguageOfHome.Replace("\"gwynedd\",", "\"atlantis\",", StringComparison.Ordinal));

        var run = await AlnRulesProcess.RunAsync("explain", "--case", file);

        run.ExitCode.Should().Be(3);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("refused").And.Contain("authority");
    }
}

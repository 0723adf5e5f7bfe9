namespace AlnDecisions.Cli.Tests;

/// <summary>What every command shares: its own help, refusing what it does not know, one-line failures.</summary>
public sealed class CommandLineTests
{
    private static readonly string[] Names = ["validate", "decide", "explain", "diff", "replay", "compare-authorities", "coverage", "test", "steps", "generate-caseload"];

    public static TheoryData<string> Commands() => new(Names);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_EveryCommand_ShowsItsOwnUsageAndExitsZero(string command)
    {
        var run = await AlnRulesProcess.RunAsync(command, "--help");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain($"aln-rules {command}").And.Contain("Usage:").And.Contain("--format");
        run.Error.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Run_MisspeltOption_ExitsTwoWithOneLineNamingIt(string command)
    {
        var run = await AlnRulesProcess.RunAsync(command, "--rule", "rules");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("unknown option '--rule'").And.Contain($"aln-rules {command} --help");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_UnexpectedArgument_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("steps", "extra");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("unexpected argument 'extra'");
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("publish");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'publish'");
    }

    [Fact]
    public async Task Run_FormatNotTextOrJson_ExitsTwoListingTheValues()
    {
        var run = await AlnRulesProcess.RunAsync("steps", "--format", "xml");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'xml'").And.Contain("text").And.Contain("json");
    }

    [Fact]
    public async Task Run_LanguageNotEnglishOrWelsh_ExitsTwo()
    {
        var run = await AlnRulesProcess.RunAsync("explain", "--case", "x.json", "--lang", "fr");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("'fr'");
    }

    [Fact]
    public async Task Help_Root_ListsEveryCommand()
    {
        var run = await AlnRulesProcess.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        foreach (var command in Names)
        {
            run.Out.Should().Contain(command);
        }
    }
}

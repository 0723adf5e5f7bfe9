using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Caseload;
using AlnDecisions.Cli.Reports.Compare;
using AlnDecisions.Cli.Reports.Replay;

namespace AlnDecisions.Cli.Commands;

/// <summary>
/// <c>aln-rules compare-authorities</c>: one caseload through all 22 authorities; where they decide
/// differently, and which principles are responsible, neighbouring pairs first.
/// </summary>
internal static class CompareAuthoritiesCommand
{
    public static Command Build(CliConsole console)
    {
        var rules = CommonOptions.Rules();
        var cases = new Option<string?>("--cases") { Description = "a caseload (one DecisionRequest per line, or .binpb); default: every combination of the facts the authorities' IDP principles read", HelpName = "FILE" };
        var html = new Option<string?>("--html") { Description = "also write a page with the 22 × 22 disagreement matrix (SVG, no JavaScript) and the pairs and example cases behind each cell", HelpName = "FILE" };
        var date = new Option<string>("--date") { Description = "the decision date for the generated cases", DefaultValueFactory = _ => "2025-10-01", HelpName = "YYYY-MM-DD" };
        var examples = new Option<int>("--examples") { Description = "example cases shown per pair", DefaultValueFactory = _ => 3, HelpName = "N" };
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("compare-authorities", "Decide one caseload in all 22 authorities and report where they decide differently and which principles are responsible, neighbouring pairs first (adjacency: rules/geography/adjacency.json).")
        {
            rules, cases, html, date, examples, format, lang,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rulesDir = RepositoryPaths.Rules(parse.GetValue(rules));
            var adjacency = Adjacency.Load(rulesDir);
            var pipeline = await RulesLoading.PipelineAsync(rulesDir);
            using var registry = pipeline.Registry;
            var language = CommonOptions.LangOf(parse, lang);
            var (caseload, facts, loaded) = await CaseloadAsync(parse.GetValue(cases), registry.Current, parse.GetValue(date)!, language, cancellationToken);

            using var progress = console.StartProgress("decisions", (long)loaded.Count * 22);
            var comparison = await new AuthorityComparer(pipeline, adjacency, parse.GetValue(examples)).CompareAsync(caseload, facts, loaded, progress, cancellationToken);
            progress.Dispose();
            if (parse.GetValue(html) is { } page)
            {
                try
                {
                    await File.WriteAllTextAsync(page, DisagreementMatrixHtml.Render(comparison, language), cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CommandFailedException($"{page}: cannot be written: {ex.Message}");
                }
            }

            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, comparison with { Pairs = comparison.Pairs.Where(p => p.Differing > 0).ToArray() });
                return ExitCodes.Ok;
            }

            await WriteTextAsync(console.Out, comparison, language);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<(string Caseload, IReadOnlyList<string> Facts, IReadOnlyList<ComparisonCase> Cases)> CaseloadAsync(
        string? file, AlnDecisions.Rules.Catalog.RuleSetCatalog catalog, string date, Language language, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            var (facts, grid) = PrincipleFactGrid.Build(catalog, date);
            return (language.Say("every combination of the facts the IDP principles read", "pob cyfuniad o'r ffeithiau y mae'r egwyddorion CDU yn eu darllen"), facts, grid);
        }

        var loaded = new List<ComparisonCase>();
        await foreach (var recorded in new CaseloadFile(file).ReadSinceAsync(null, cancellationToken))
        {
            loaded.Add(new ComparisonCase(recorded.Request, recorded.Request.CaseReference));
        }

        return ($"{language.Say("caseload", "llwyth achosion")} {file}", [], loaded);
    }

    // The further answers are shown only when the outcomes agree and they are what differs.
    private static string Answer(AuthorityAnswer answer, AuthorityAnswer other) =>
        $"{answer.Outcome}{(answer.Outcome == other.Outcome ? $" [{answer.Fields}]" : string.Empty)} ({answer.Rule}, {answer.Layer})";

    private static async Task WriteTextAsync(TextWriter output, AuthorityComparison comparison, Language l)
    {
        await output.WriteLineAsync(l.Say(
            $"{comparison.Cases} cases ({comparison.Caseload}) decided in each of the 22 authorities.",
            $"Penderfynwyd {comparison.Cases} achos ({comparison.Caseload}) ym mhob un o'r 22 awdurdod."));
        if (comparison.FactsVaried.Count > 0)
        {
            await output.WriteLineAsync($"{l.Say("Facts varied", "Ffeithiau a amrywiwyd")}: {string.Join(", ", comparison.FactsVaried)}");
        }

        foreach (var group in comparison.AlikeGroups.Where(g => g.Count > 1))
        {
            await output.WriteLineAsync(l.Say($"Decide every case alike ({group.Count}): ", $"Yn penderfynu pob achos yr un fath ({group.Count}): ") + string.Join(", ", group));
        }

        foreach (var (neighbours, heading) in new[] { (true, l.Say("Neighbouring authorities that decide differently", "Awdurdodau cyfagos sy'n penderfynu'n wahanol")), (false, l.Say("Other pairs that decide differently", "Parau eraill sy'n penderfynu'n wahanol")) })
        {
            var pairs = comparison.Pairs.Where(p => p.Neighbours == neighbours && p.Differing > 0).ToArray();
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{heading}: {pairs.Length}");
            foreach (var pair in pairs)
            {
                await output.WriteLineAsync($"  {pair.First} · {pair.Second}: {l.Say($"{pair.Differing} of {pair.Compared} decisions differ", $"{pair.Differing} o {pair.Compared} penderfyniad yn wahanol")}");
                foreach (var principle in pair.Principles)
                {
                    await output.WriteLineAsync($"    {principle.Kind} {principle.Cases}×: {pair.First} {Answer(principle.First, principle.Second)} / {pair.Second} {Answer(principle.Second, principle.First)}");
                    await output.WriteLineAsync($"      {l.Say("e.g.", "e.e.")} {principle.Example}");
                }
            }
        }
    }
}

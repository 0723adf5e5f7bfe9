using System.CommandLine;
using System.Globalization;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Replay;

namespace AlnDecisions.Cli.Commands;

/// <summary>
/// <c>aln-rules replay --candidate DIR</c>: the gate before publishing a rule change. Re-decides
/// recorded requests against the candidate rules and reports which outcomes and further answers
/// would change, per authority and kind, with example case references; exits 1 when any would
/// change unless <c>--allow-changes</c>.
/// </summary>
internal static class ReplayCommand
{
    public static Command Build(CliConsole console)
    {
        var candidate = new Option<string>("--candidate") { Description = "the rules as they would be published", HelpName = "DIR", Required = true };
        var rules = CommonOptions.Rules("the rules in force, which answer cases that carry no recorded response (default: rules/ of the repository)");
        var since = new Option<string?>("--since") { Description = "only requests decided on or after this date", HelpName = "YYYY-MM-DD" };
        since.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--since '{text}' is not a date (YYYY-MM-DD)");
            }
        });
        var cases = new Option<string?>("--cases") { Description = "a caseload file: one DecisionRequest (proto3 JSON) per line", HelpName = "FILE" };
        var store = new Option<string?>("--store") { Description = "the decision record to read recorded requests from: the host's SQLite data directory (or database file), or a PostgreSQL connection string; keys as the host's DecisionStore__Encryption__* environment variables", HelpName = "CONNECTION" };
        var allowChanges = new Option<bool>("--allow-changes") { Description = "report changes but exit 0" };
        var full = new Option<bool>("--full") { Description = "decide every case, even those no changed rule set or calendar can reach" };
        var examples = new Option<int>("--examples") { Description = "case references shown per change", DefaultValueFactory = _ => 3, HelpName = "N" };
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("replay", "Re-run recorded decisions against candidate rules; report changed outcomes and fields per authority and kind with example case references. Exit 1 when any would change, unless --allow-changes.")
        {
            candidate, rules, since, cases, store, allowChanges, full, examples, format, lang,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = Source(parse.GetValue(cases), parse.GetValue(store));
            var sinceDate = parse.GetValue(since) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var currentDir = RepositoryPaths.Rules(parse.GetValue(rules));
            var candidateDir = RepositoryPaths.ExistingDirectory(parse.GetValue(candidate)!, "candidate rules directory");
            var current = await RulesLoading.PipelineAsync(currentDir);
            using var currentRegistry = current.Registry;
            var next = await RulesLoading.PipelineAsync(candidateDir);
            using var candidateRegistry = next.Registry;

            var impact = parse.GetValue(full) ? ChangeImpact.Everything : ChangeImpact.Between(current.Registry.Current, currentDir, next.Registry.Current, candidateDir);
            using var progress = console.StartProgress("replay", 0);
            var (tally, seconds, cpuSeconds) = await new Replayer(current, next, impact, parse.GetValue(examples)).RunAsync(source, sinceDate, progress, cancellationToken);
            progress.Dispose();
            var report = new ReplayReport(source.Description, currentDir, candidateDir, tally.Cases, tally.Cases - tally.Unaffected, tally.ChangedCases, seconds, cpuSeconds, tally.Groups());
            var changed = report.ChangedCases > 0 && !parse.GetValue(allowChanges);

            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, new
                {
                    report.Source,
                    report.Baseline,
                    report.Candidate,
                    report.Cases,
                    report.Decided,
                    changedRuleSets = impact.ChangedRuleSets,
                    report.ChangedCases,
                    seconds = Math.Round(report.Seconds, 3),
                    cpuSeconds = Math.Round(report.CpuSeconds, 3),
                    casesPerSecond = Math.Round(report.CasesPerSecond),
                    groups = report.Groups.Where(g => g.ChangedCases > 0),
                });
                return changed ? ExitCodes.Findings : ExitCodes.Ok;
            }

            var inv = CultureInfo.InvariantCulture;
            var l = CommonOptions.LangOf(parse, lang);
            string N(double n) => n.ToString("N0", inv);
            foreach (var group in report.Groups.Where(g => g.ChangedCases > 0))
            {
                await console.Out.WriteLineAsync(l.Say(
                    $"{group.Authority} · {group.Kind}: {N(group.ChangedCases)} of {N(group.Cases)} cases would change",
                    $"{group.Authority} · {group.Kind}: byddai {N(group.ChangedCases)} o {N(group.Cases)} achos yn newid"));
                foreach (var change in group.Changes)
                {
                    var what = change.What == "outcome" ? $"{l.Say("outcome", "canlyniad")} {change.Was} → {change.Now}" : $"{change.What}: '{change.Was}' → '{change.Now}'";
                    await console.Out.WriteLineAsync($"  {what}: {N(change.Cases)} ({l.Say("e.g.", "e.e.")} {string.Join(", ", change.Examples)})");
                }
            }

            await console.Out.WriteLineAsync(l.Say(
                $"replayed {N(report.Cases)} cases ({report.Source}) against {candidateDir}: " +
                $"{N(report.ChangedCases)} would change ({N(report.Decided)} decided again, the rest out of reach of what changed); " +
                $"{report.Seconds.ToString("0.00", inv)} s ({report.CpuSeconds.ToString("0.00", inv)} s CPU), {N(report.CasesPerSecond)} cases/s",
                $"ailchwaraewyd {N(report.Cases)} achos ({report.Source}) yn erbyn {candidateDir}: " +
                $"byddai {N(report.ChangedCases)} yn newid (penderfynwyd {N(report.Decided)} eto; ni all yr hyn a newidiodd gyrraedd y gweddill); " +
                $"{report.Seconds.ToString("0.00", inv)} e ({report.CpuSeconds.ToString("0.00", inv)} e CPU), {N(report.CasesPerSecond)} achos yr eiliad"));
            return changed ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static IRecordedDecisions Source(string? cases, string? store) => (cases, store) switch
    {
        (null, null) => throw new CommandFailedException("replay needs recorded requests: --cases FILE or --store CONNECTION", ExitCodes.Usage),
        ({ }, { }) => throw new CommandFailedException("give one source of recorded requests: --cases or --store, not both", ExitCodes.Usage),
        ({ } file, null) => new CaseloadFile(file),
        (null, { } record) => DecisionRecordSource.Open(record),
    };
}

using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Caseload;
using Google.Protobuf;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules generate-caseload</c>: a seeded synthetic caseload (JSON lines), for replay and compare-authorities measurements.</summary>
internal static class GenerateCaseloadCommand
{
    private static readonly JsonFormatter OneLine = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    public static Command Build(CliConsole console)
    {
        var count = new Option<int>("--count") { Description = "how many cases", DefaultValueFactory = _ => 1000, HelpName = "N" };
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000_000)
            {
                r.AddError("--count must be from 1 to 10000000");
            }
        });
        var seed = new Option<int>("--seed") { Description = "the same seed gives the same cases", DefaultValueFactory = _ => 1, HelpName = "N" };
        var output = new Option<string?>("--out") { Description = "write the cases here (default: standard output); a name ending .binpb gets length-delimited binary DecisionRequests, anything else JSON lines", HelpName = "FILE" };
        var rules = CommonOptions.Rules("the rules directory whose geography/adjacency.json places cross-border learners (default: rules/ of the repository)");
        var format = CommonOptions.Format();
        var command = new Command("generate-caseload", "Write a synthetic caseload, one DecisionRequest (proto3 JSON) per line, shaped like a school year's questions; no real learner is in it. With --out, --format says how the summary is written.")
        {
            count, seed, output, rules, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var generator = new CaseloadGenerator(parse.GetValue(seed), Adjacency.Load(RepositoryPaths.Rules(parse.GetValue(rules))));
            var path = parse.GetValue(output);
            var binary = path is not null && Reports.Replay.CaseloadFile.IsBinary(path);
            TextWriter writer;
            Stream? stream = null;
            try
            {
                stream = binary ? new BufferedStream(File.Create(path!), 1 << 16) : null;
                writer = path is null ? console.Out : binary ? TextWriter.Null : new StreamWriter(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CommandFailedException($"{path}: cannot be written: {ex.Message}");
            }

            var total = parse.GetValue(count);
            using var progress = console.StartProgress("cases", total);
            try
            {
                foreach (var request in generator.Generate(total))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (stream is not null)
                    {
                        request.WriteDelimitedTo(stream);
                    }
                    else
                    {
                        await writer.WriteLineAsync(OneLine.Format(request));
                    }

                    progress.Advance();
                }
            }
            finally
            {
                if (path is not null)
                {
                    await writer.DisposeAsync();
                }

                if (stream is not null)
                {
                    await stream.DisposeAsync();
                }
            }

            if (path is not null)
            {
                if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
                {
                    await JsonOutput.WriteAsync(console.Out, new { cases = total, file = Path.GetFullPath(path), seed = parse.GetValue(seed) });
                }
                else
                {
                    await console.Out.WriteLineAsync($"wrote {total} cases to {path} (seed {parse.GetValue(seed)})");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

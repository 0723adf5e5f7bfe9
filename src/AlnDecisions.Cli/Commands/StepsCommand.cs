using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Scenarios;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules steps</c>: the step vocabulary a tester can use, in English and Welsh.</summary>
internal static class StepsCommand
{
    public static Command Build(CliConsole console)
    {
        var format = CommonOptions.Format();
        var lang = new Option<string?>("--lang")
        {
            Description = "list only the English (en) or the Welsh (cy) phrasing of each step; both when left out",
            HelpName = "en|cy",
        }.AcceptOnlyFromAmong("en", "cy");
        var command = new Command("steps", "List every step a scenario can use, each in its English and Welsh phrasing.") { format, lang };
        command.SetAction(async (parse, _) =>
        {
            var only = parse.GetValue(lang);
            var steps = StepLibrary.Default.Definitions
                .GroupBy(d => d.Method)
                .Select(g => new StepPhrasings(
                    g.First().Kind.ToString(),
                    g.Select(d => d.Pattern).FirstOrDefault(p => !StepLanguage.IsWelsh(p)),
                    g.Select(d => d.Pattern).FirstOrDefault(StepLanguage.IsWelsh)))
                .OrderBy(s => KindOrder(s.Kind)).ThenBy(s => s.English, StringComparer.Ordinal)
                .ToArray();
            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, steps);
                return ExitCodes.Ok;
            }

            foreach (var step in steps)
            {
                if (only != "cy" && step.English is not null)
                {
                    await console.Out.WriteLineAsync($"{step.Kind} {step.English}");
                }

                if (only != "en" && step.Welsh is not null)
                {
                    await console.Out.WriteLineAsync($"{(only == "cy" ? WelshKeyword(step.Kind) : "  " + WelshKeyword(step.Kind))} {step.Welsh}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int KindOrder(string kind) => kind switch { "Given" => 0, "When" => 1, _ => 2 };

    // Gherkin's cy-GB keywords, so a listed Welsh step can be copied into a feature as it is.
    private static string WelshKeyword(string kind) => kind switch { "Given" => "Anrhegedig a", "When" => "Pryd", _ => "Yna" };

    private sealed record StepPhrasings(string Kind, string? English, string? Welsh);
}

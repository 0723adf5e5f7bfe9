using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Contract;
using AlnDecisions.Domain;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules decide --case FILE</c>: the server's answer, without the server.</summary>
internal static class DecideCommand
{
    public static Command Build(CliConsole console)
    {
        var caseFile = new Option<string>("--case") { Description = "a DecisionRequest in proto3 JSON (the server's JSON body)", HelpName = "FILE", Required = true };
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("decide", "Decide one case with the same engine and edge pipeline as the server. --format json prints the DecisionResponse.")
        {
            caseFile, rules, format, lang,
        };
        command.SetAction(async (parse, _) =>
        {
            var path = parse.GetValue(caseFile)!;
            var request = await CaseFile.ReadAsync(path);
            var pipeline = await RulesLoading.PipelineAsync(RepositoryPaths.Rules(parse.GetValue(rules)));
            using var registry = pipeline.Registry;
            var response = await CaseFile.DecideAsync(pipeline, request, path);
            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await console.Out.WriteLineAsync(ContractJson.Formatter.Format(response));
                return ExitCodes.Ok;
            }

            var language = CommonOptions.LangOf(parse, lang);
            await console.Out.WriteLineAsync($"{response.CaseReference} {response.DecisionDate} ({response.DecisionId})");
            foreach (var decision in response.Decisions)
            {
                await console.Out.WriteLineAsync($"  {UpperSnakeCase.From(decision.Kind)}: {decision.Outcome}");
                await console.Out.WriteLineAsync($"    {language.Of(decision.Explanation.Summary)}");
                if (decision.Explanation.MissingFacts.Count > 0)
                {
                    await console.Out.WriteLineAsync($"    {language.Say("missing", "ar goll")}: {string.Join(", ", decision.Explanation.MissingFacts)}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json.Nodes;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Explain;
using AlnDecisions.Contract;
using AlnDecisions.Domain;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules explain --case FILE</c>: the decision as a panel reads it.</summary>
internal static class ExplainCommand
{
    public static Command Build(CliConsole console)
    {
        var caseFile = new Option<string>("--case") { Description = "a DecisionRequest in proto3 JSON", HelpName = "FILE", Required = true };
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("explain", $"Explain a decision as a panel reads it: outcome, the rule that settled it and why, facts used, what is missing, what would change the outcome (changes of one or two facts; at most {WhatWouldChange.MaxFacts} facts and {WhatWouldChange.MaxDecisions} re-decisions per kind), next steps, citations.")
        {
            caseFile, rules, format, lang,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(caseFile)!;
            var request = await CaseFile.ReadAsync(path);
            var pipeline = await RulesLoading.PipelineAsync(RepositoryPaths.Rules(parse.GetValue(rules)));
            using var registry = pipeline.Registry;
            var response = await CaseFile.DecideAsync(pipeline, request, path);
            var changes = await new WhatWouldChange(pipeline).FindAsync(request, response, cancellationToken);
            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, new
                {
                    response = JsonNode.Parse(ContractJson.Formatter.Format(response)),
                    whatWouldChange = changes.Select(c => new
                    {
                        kind = UpperSnakeCase.From(c.Kind),
                        outcome = c.Outcome,
                        changes = c.Changes.Select(x => new { facts = x.Facts, outcome = x.Outcome }),
                        factsConsidered = c.FactsConsidered,
                        decisions = c.Decisions,
                        bounded = c.Bounded,
                    }),
                });
                return ExitCodes.Ok;
            }

            await PanelText.WriteAsync(console.Out, response, changes, CommonOptions.LangOf(parse, lang));
            return ExitCodes.Ok;
        });
        return command;
    }
}

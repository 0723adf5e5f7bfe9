using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using Google.Protobuf;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules decide --case FILE.json</c>: the server's answer, without the server.</summary>
internal static class DecideCommand
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static async Task<int> RunAsync(Arguments args, TextWriter output, TextWriter error)
    {
        var file = args.Option("case") ?? throw new UsageException("decide needs --case FILE.json");
        if (!File.Exists(file))
        {
            throw new UsageException($"no such file: {file}");
        }

        DecisionRequest request;
        try
        {
            request = ContractJson.Parser.Parse<DecisionRequest>(await File.ReadAllTextAsync(file));
        }
        catch (InvalidProtocolBufferException ex)
        {
            await error.WriteLineAsync($"{file}: not a DecisionRequest in proto3 JSON: {ex.Message}");
            return 1;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);
        var mapping = DecisionRequestMapper.Map(request, today);
        if (!mapping.IsValid)
        {
            foreach (var violation in mapping.Violations)
            {
                await error.WriteLineAsync($"{file}: {violation.Field}: {violation.Description}");
            }

            return 1;
        }

        using var registry = await RuleSetRegistry.LoadAsync(RepositoryPaths.Rules(args.Option("rules")));
        foreach (var problem in registry.Current.Problems)
        {
            await error.WriteLineAsync($"warning: {problem}");
        }

        var engine = new DecisionEngine(registry, new DecisionIdGenerator(TimeProvider.System));
        var decisions = await engine.DecideAsync(mapping.Case!);
        await output.WriteLineAsync(ContractJson.Formatter.Format(DecisionResponseMapper.ToResponse(decisions)));
        return 0;
    }
}

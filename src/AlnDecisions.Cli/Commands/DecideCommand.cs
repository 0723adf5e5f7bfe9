using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Google.Protobuf;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules decide --case FILE.json</c>: the server's answer, without the server.</summary>
internal static class DecideCommand
{
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

        var pipeline = await DecisionPipeline.LoadAsync(RepositoryPaths.Rules(args.Option("rules")));
        using var registry = pipeline.Registry;
        foreach (var problem in registry.Current.Problems)
        {
            await error.WriteLineAsync($"warning: {problem}");
        }

        var result = await pipeline.DecideAsync(request);
        if (!result.IsValid)
        {
            foreach (var violation in result.Violations)
            {
                await error.WriteLineAsync($"{file}: {violation.Field}: {violation.Description}");
            }

            return 1;
        }

        await output.WriteLineAsync(ContractJson.Formatter.Format(result.Response));
        return 0;
    }
}

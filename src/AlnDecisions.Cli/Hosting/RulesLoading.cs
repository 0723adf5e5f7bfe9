using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Cli.Hosting;

/// <summary>Loads a rules directory as the service would: to decide (rules with problems refused, so no report is built on a half-loaded catalog), or to read its rule sets and problems.</summary>
internal static class RulesLoading
{
    public static async Task<DecisionPipeline> PipelineAsync(string directory, TimeProvider? clock = null)
    {
        var pipeline = await DecisionPipeline.LoadAsync(directory, clock ?? TimeProvider.System);
        var problems = pipeline.Registry.Current.Problems.ToArray();
        if (problems.Length > 0)
        {
            pipeline.Registry.Dispose();
            var more = problems.Length > 1 ? $" (and {problems.Length - 1} more)" : string.Empty;
            throw new CommandFailedException($"the rules in {directory} do not load: {problems[0]}{more}; run 'aln-rules validate {directory}'");
        }

        return pipeline;
    }

    /// <summary>The catalog <paramref name="directory"/> loads into, problems and all.</summary>
    public static async Task<RuleSetCatalog> CatalogAsync(string directory)
    {
        using var registry = await RuleSetRegistry.LoadAsync(directory, ContractFacts.Schema);
        return registry.Current;
    }
}

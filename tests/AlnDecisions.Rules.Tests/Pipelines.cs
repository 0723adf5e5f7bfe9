using AlnDecisions.Contract;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Rules.Tests;

/// <summary>Decides as the service does: a proto3 JSON request through the one edge pipeline.</summary>
internal static class Pipelines
{
    private static readonly Lazy<Task<DecisionPipeline>> RepositoryRules = new(() => DecisionPipeline.LoadAsync(RepositoryFolders.Rules));

    /// <summary>The pipeline over the repository's rules/, loaded once for every test.</summary>
    public static Task<DecisionPipeline> Repository => RepositoryRules.Value;

    public static Task<DecisionPipeline> Over(string directory) => DecisionPipeline.LoadAsync(directory);

    /// <summary>The catalog <paramref name="directory"/> loads into, as the service would load it.</summary>
    public static async Task<RuleSetCatalog> CatalogOf(string directory)
    {
        using var registry = await RuleSetRegistry.LoadAsync(directory, ContractFacts.Schema);
        return registry.Current;
    }

    /// <summary>Decides <paramref name="json"/> (a DecisionRequest in proto3 JSON), which must be valid.</summary>
    public static async Task<DecisionResponse> DecideAsync(this DecisionPipeline pipeline, string json)
    {
        var result = await pipeline.DecideAsync(ContractJson.Parser.Parse<DecisionRequest>(json));
        result.IsValid.Should().BeTrue(because: string.Join("; ", result.Violations.Select(v => $"{v.Field}: {v.Description}")));
        return result.Response!;
    }

    /// <summary>The single decision of <paramref name="json"/>.</summary>
    public static async Task<Decision> DecideOneAsync(this DecisionPipeline pipeline, string json) =>
        (await pipeline.DecideAsync(json)).Decisions.Should().ContainSingle().Subject;
}

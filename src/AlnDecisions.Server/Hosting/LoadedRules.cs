using AlnDecisions.Contract;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// The decision pipeline once the rules have loaded. The host loads them, asynchronously, before it
/// returns from building, so nothing that answers a request ever runs without rules.
/// </summary>
internal sealed class LoadedRules(ILogger<RuleSetRegistry> logger, TimeProvider clock)
{
    private DecisionPipeline? _pipeline;

    public DecisionPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("the rules have not been loaded yet");

    public bool IsLoaded => _pipeline is not null;

    public async Task LoadAsync(string directory) => _pipeline = await DecisionPipeline.LoadAsync(directory, clock, logger);
}

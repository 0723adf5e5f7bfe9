using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using Microsoft.Extensions.Logging;

namespace AlnDecisions.Contract;

/// <summary>
/// The one way a request becomes a response: check and map the request, decide against one catalog
/// snapshot, map the decisions out. The gRPC service (unary and streaming), the CLI and the
/// scenario steps all call this, so none of them rebuilds the edge.
/// </summary>
public sealed class DecisionPipeline
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly DecisionEngine _engine;
    private readonly TimeProvider _clock;

    /// <summary>A pipeline over <paramref name="registry"/>; <paramref name="clock"/> gives "today".</summary>
    public DecisionPipeline(RuleSetRegistry registry, TimeProvider clock)
    {
        Registry = registry;
        _clock = clock;
        _engine = new DecisionEngine(registry, new DecisionIdGenerator(clock));
    }

    /// <summary>The rule sets this pipeline decides with; reload it to pick up edits.</summary>
    public RuleSetRegistry Registry { get; }

    /// <summary>Loads <paramref name="rulesDirectory"/> and returns a pipeline over it.</summary>
    public static async Task<DecisionPipeline> LoadAsync(string rulesDirectory, TimeProvider? clock = null, ILogger? logger = null)
    {
        clock ??= TimeProvider.System;
        var registry = await RuleSetRegistry.LoadAsync(rulesDirectory, ContractFacts.Schema, clock, logger);
        return new DecisionPipeline(registry, clock);
    }

    /// <summary>Today's date in Europe/London: the decision date of a request that gives none.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), London).DateTime);

    /// <summary>Decides <paramref name="request"/> in the view it asks for, or reports every bad field.</summary>
    public ValueTask<DecideResult> DecideAsync(DecisionRequest request, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Decide(request, keepFull: false, cancellationToken));

    /// <summary>
    /// Decides <paramref name="request"/> with every rule explained whatever view it asks for, and
    /// gives both: <see cref="DecideResult.Full"/> for the decision record and
    /// <see cref="DecideResult.Response"/> in the caller's view. Both views map the one set of
    /// decisions, so what the caller is sent and what is recorded can never disagree on an outcome.
    /// </summary>
    public ValueTask<DecideResult> DecideForRecordAsync(DecisionRequest request, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Decide(request, keepFull: true, cancellationToken));

    private DecideResult Decide(DecisionRequest request, bool keepFull, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var mapping = DecisionRequestMapper.Map(request, Today());
        if (!mapping.IsValid)
        {
            return new DecideResult(null, mapping.Violations);
        }

        var decisions = _engine.Decide(mapping.Case!, explainEveryRule: keepFull || mapping.View == ResponseView.Full);
        if (!keepFull)
        {
            return new DecideResult(DecisionResponseMapper.ToResponse(decisions, mapping.View), []);
        }

        // The engine's answers do not depend on how much it explains (DecisionEngine.Decide), so the
        // caller's BASIC view is the FULL decisions mapped without their reasons.
        var full = DecisionResponseMapper.ToResponse(decisions, ResponseView.Full);
        var asked = mapping.View == ResponseView.Full ? full : DecisionResponseMapper.ToResponse(decisions, mapping.View);
        return new DecideResult(asked, []) { Full = full };
    }
}

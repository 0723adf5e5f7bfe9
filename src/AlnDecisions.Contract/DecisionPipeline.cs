using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using Microsoft.Extensions.Logging;
using DecisionKind = AlnDecisions.Domain.DecisionKind;
using Layer = AlnDecisions.Domain.Layer;

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
        var today = Today();
        var mapping = DecisionRequestMapper.Map(request, today);

        // One snapshot for the check against the rules and for the decision itself.
        var catalog = Registry.Current;
        var violations = mapping.Violations.Concat(UnknownSteps(request, today, catalog)).ToArray();
        if (violations.Length > 0)
        {
            return new DecideResult(null, violations);
        }

        var decisions = _engine.Decide(mapping.Case!, catalog, explainEveryRule: keepFull || mapping.View == ResponseView.Full);
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

    /// <summary>
    /// An event's <c>step</c> names a timescale: a rule of the STATUTORY_TIMESCALES rule set in force
    /// on the decision date. A step no rule has would pause (or excuse) nothing, silently, so it is
    /// refused here, where the rules are known; the mapper checks only what the request itself
    /// shows. Checked beside the mapper's own checks, so every problem is reported at once; not
    /// when the decision date is itself bad (the mapper reports that, once).
    /// </summary>
    private static List<FieldViolation> UnknownSteps(DecisionRequest request, DateOnly today, RuleSetCatalog catalog)
    {
        var violations = new List<FieldViolation>();
        var date = today;
        if (request.Events.Count > DecisionRequestMapper.MaxEvents || !request.Events.Any(e => !string.IsNullOrWhiteSpace(e.Step))
            || (request.DecisionDate.Length > 0 && !RequestDates.TryParse(request.DecisionDate, out date))
            || date < RequestDates.ActAssented || date > RequestDates.LatestDecisionDate)
        {
            return violations;
        }

        var timescales = catalog.Find(DecisionKind.StatutoryTimescales, Authorities.National, Layer.Statutory, date);
        var steps = timescales?.Rules.Select(rule => rule.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var known = steps.Count > 0
            ? $"use one of {string.Join(", ", steps.Order(StringComparer.Ordinal))}, or leave it empty for every open step"
            : "no statutory timescales are in force on that date, so no step can be named";
        for (var i = 0; i < request.Events.Count; i++)
        {
            var step = request.Events[i].Step;
            // Blank is every open step; text the mapper refuses (too long, control characters) it reports.
            if (!string.IsNullOrWhiteSpace(step) && step.Length <= DecisionRequestMapper.MaxEventTextLength && !step.Any(char.IsControl) && !steps.Contains(step))
            {
                violations.Add(new($"events[{i}].step",
                    $"'{Excerpt.Of(step)}' is not a step of the statutory timescales in force on {RequestDates.Format(date)}; {known}"));
            }
        }

        return violations;
    }
}

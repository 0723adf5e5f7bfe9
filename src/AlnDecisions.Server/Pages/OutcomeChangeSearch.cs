using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;

namespace AlnDecisions.Server.Pages;

/// <summary>
/// The one place a page decides again: what would change each recorded outcome
/// (<see cref="WhatWouldChange"/>, bounded by its caps). Only the current catalog is loaded, so the
/// search always decides with the rules in force now. It first decides the recorded request
/// unchanged: where that uses the very rule sets the record names (ids, versions and SHA-256
/// hashes), the search is the recorded rules' answer and says so; where they differ (a file edited
/// or a version added since), it searches from what the rules in force now decide, says so, and
/// gives that outcome, so a change the rules made is never shown as a change of a fact.
/// </summary>
internal sealed class OutcomeChangeSearch(DecisionPipeline pipeline)
{
    private readonly WhatWouldChange _search = new(pipeline);

    /// <summary>One report per kind of <paramref name="record"/>'s response.</summary>
    public async Task<IReadOnlyDictionary<DecisionKind.Types.Value, ChangeReport>> FindAsync(RecordedDecision record, CancellationToken cancellationToken)
    {
        var recorded = record.Response;
        var request = record.Request.Clone();
        request.View = DecisionView.Types.Value.Full;
        request.Kinds.Clear();
        request.Kinds.AddRange(recorded.Decisions.Select(d => d.Kind));
        if (request.DecisionDate.Length == 0)
        {
            request.DecisionDate = recorded.DecisionDate;
        }

        var now = (await pipeline.DecideAsync(request, cancellationToken)).Response;
        var reports = new Dictionary<DecisionKind.Types.Value, ChangeReport>();
        if (now is null)
        {
            foreach (var decision in recorded.Decisions)
            {
                reports[decision.Kind] = new ChangeReport(null, false, decision.Outcome);
            }

            return reports;
        }

        foreach (var decision in recorded.Decisions)
        {
            var current = now.Decisions.FirstOrDefault(d => d.Kind == decision.Kind);
            var same = current is not null && SameRuleSets(decision, current);
            var basis = new DecisionResponse { DecisionId = recorded.DecisionId, CaseReference = recorded.CaseReference, DecisionDate = recorded.DecisionDate };
            basis.Decisions.Add(same || current is null ? decision : current);
            var changes = await _search.FindAsync(request, basis, cancellationToken);
            reports[decision.Kind] = new ChangeReport(changes.Count > 0 ? changes[0] : null, same, current?.Outcome ?? decision.Outcome);
        }

        return reports;
    }

    private static bool SameRuleSets(Decision recorded, Decision now) =>
        recorded.RuleSets.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(now.RuleSets.Select(Key).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Key(RuleSetReference set) => $"{set.Id}@{set.Version}#{set.Sha256}";
}

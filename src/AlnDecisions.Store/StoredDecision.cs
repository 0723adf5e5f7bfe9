namespace AlnDecisions.Store;

/// <summary>A decision as it was recorded, with every human decision recorded against it since.</summary>
public sealed class StoredDecision
{
    internal StoredDecision(
        string decisionId,
        string caseReference,
        string authority,
        DateOnly decisionDate,
        DateTimeOffset recordedAt,
        IReadOnlyList<KindOutcome> kinds,
        IReadOnlyList<RuleSetStamp> ruleSets,
        ReadOnlyMemory<byte> request,
        ReadOnlyMemory<byte> response,
        IReadOnlyList<RecordedHumanDecision> humanDecisions)
    {
        DecisionId = decisionId;
        CaseReference = caseReference;
        Authority = authority;
        DecisionDate = decisionDate;
        RecordedAt = recordedAt;
        Kinds = kinds;
        RuleSets = ruleSets;
        Request = request;
        Response = response;
        HumanDecisions = humanDecisions;
    }

    /// <summary>The decision's ULID.</summary>
    public string DecisionId { get; }

    /// <summary>The caller's pseudonymous case reference.</summary>
    public string CaseReference { get; }

    /// <summary>The calling authority's code.</summary>
    public string Authority { get; }

    /// <summary>The decision date the rules were selected by.</summary>
    public DateOnly DecisionDate { get; }

    /// <summary>When the store accepted the record (to the microsecond); retention counts from here.</summary>
    public DateTimeOffset RecordedAt { get; }

    /// <summary>Every kind decided, with its recommended outcome.</summary>
    public IReadOnlyList<KindOutcome> Kinds { get; }

    /// <summary>Every rule set the decision used, in the order they were given.</summary>
    public IReadOnlyList<RuleSetStamp> RuleSets { get; }

    /// <summary>The serialized request: the bytes given to <see cref="DecisionStore.AppendAsync"/>.</summary>
    public ReadOnlyMemory<byte> Request { get; }

    /// <summary>The serialized full response: the bytes given to <see cref="DecisionStore.AppendAsync"/>, never re-evaluated.</summary>
    public ReadOnlyMemory<byte> Response { get; }

    /// <summary>Every human decision recorded against this decision, oldest first (the history is kept).</summary>
    public IReadOnlyList<RecordedHumanDecision> HumanDecisions { get; }

    /// <summary>The human decision that stands for <paramref name="kind"/>: the latest recorded, or null if none.</summary>
    public RecordedHumanDecision? CurrentHumanDecision(string kind) =>
        HumanDecisions.LastOrDefault(h => string.Equals(h.Decision.Kind, kind, StringComparison.Ordinal));
}

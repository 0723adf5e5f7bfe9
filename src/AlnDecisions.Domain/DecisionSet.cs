namespace AlnDecisions.Domain;

/// <summary>Every decision made for one request, stamped with a unique, time-sortable id.</summary>
public sealed record DecisionSet(
    string DecisionId,
    string CaseReference,
    DateOnly DecisionDate,
    IReadOnlyList<Decision> Decisions);

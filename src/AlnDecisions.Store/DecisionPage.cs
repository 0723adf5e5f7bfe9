namespace AlnDecisions.Store;

/// <summary>One page of a listing.</summary>
/// <param name="Decisions">The decisions on this page, newest first.</param>
/// <param name="NextPageToken">The token for the next page of the same query; null on the last page.</param>
public sealed record DecisionPage(IReadOnlyList<StoredDecision> Decisions, string? NextPageToken);

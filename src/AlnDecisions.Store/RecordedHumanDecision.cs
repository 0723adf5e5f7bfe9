namespace AlnDecisions.Store;

/// <summary>A human decision as the store holds it.</summary>
/// <param name="OutcomeId">The store's id for this entry (a version 7 GUID: time-ordered).</param>
/// <param name="Decision">What was decided.</param>
/// <param name="RecordedAt">When the store recorded it.</param>
public sealed record RecordedHumanDecision(Guid OutcomeId, HumanDecision Decision, DateTimeOffset RecordedAt);

namespace AlnDecisions.Store.Internal;

/// <summary>A decision record as a backend writes and reads it: clear metadata, sealed facts.</summary>
/// <remarks><see cref="Kinds"/> fill the kinds table on write; reads take kinds from the envelope, which holds them with their outcomes.</remarks>
internal sealed record SealedRecord(
    string DecisionId,
    string CaseReference,
    string Authority,
    DateOnly DecisionDate,
    DateTimeOffset RecordedAt,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<RuleSetStamp> RuleSets,
    string KeyId,
    byte[] Nonce,
    byte[] Sealed);

/// <summary>A human decision as a backend writes and reads it.</summary>
internal sealed record SealedHumanDecision(
    Guid OutcomeId,
    string DecisionId,
    string Kind,
    bool FollowsRecommendation,
    string DeciderRole,
    DateOnly DecidedOn,
    DateTimeOffset RecordedAt,
    string KeyId,
    byte[] Nonce,
    byte[] Sealed);

/// <summary>A record read back with its human decisions, oldest first.</summary>
internal sealed record RecordRow(SealedRecord Record, IReadOnlyList<SealedHumanDecision> HumanDecisions);

/// <summary>The filters of a listing, checked already.</summary>
internal sealed record ListFilter(string? CaseReference, string? Authority, string? Kind, DateOnly? DecidedFrom, DateOnly? DecidedTo);

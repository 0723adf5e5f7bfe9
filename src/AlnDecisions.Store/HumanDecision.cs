namespace AlnDecisions.Store;

/// <summary>
/// The responsible body's own decision for one kind of a recorded decision (UK GDPR Art. 22: the
/// service recommends; a person decides and may change the outcome).
/// </summary>
/// <param name="DecisionId">The recorded decision this decides on.</param>
/// <param name="Kind">The kind decided, one of the record's kinds.</param>
/// <param name="FinalOutcome">The outcome the body decided, as a stable code.</param>
/// <param name="FollowsRecommendation">Whether it is the outcome the service recommended; an override needs a reason.</param>
/// <param name="Reason">Why; required when the decision does not follow the recommendation.</param>
/// <param name="DeciderRole">The role of the person who decided, e.g. <c>ALNCo</c> or <c>local authority ALN officer</c>.</param>
/// <param name="DecidedOn">The date the body decided.</param>
public sealed record HumanDecision(
    string DecisionId,
    string Kind,
    string FinalOutcome,
    bool FollowsRecommendation,
    DecisionReason? Reason,
    string DeciderRole,
    DateOnly DecidedOn);

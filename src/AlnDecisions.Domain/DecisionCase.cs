namespace AlnDecisions.Domain;

/// <summary>One request for decisions about one learner.</summary>
/// <param name="CaseReference">The caller's pseudonymous reference.</param>
/// <param name="Authority">Code of the Welsh authority the decision is made in.</param>
/// <param name="DecisionDate">Selects the rule versions in force.</param>
/// <param name="Kinds">The kinds asked for; empty means every kind that applies.</param>
/// <param name="Learner">The facts.</param>
/// <param name="Events">What has happened in the case, for statutory timescales.</param>
public sealed record DecisionCase(
    string CaseReference,
    string Authority,
    DateOnly DecisionDate,
    IReadOnlyList<DecisionKind> Kinds,
    Learner Learner,
    IReadOnlyList<CaseEvent>? Events = null);

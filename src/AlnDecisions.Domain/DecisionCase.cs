using AlnDecisions.Domain.Facts;

namespace AlnDecisions.Domain;

/// <summary>One request for decisions about one learner, checked and ready to decide.</summary>
/// <param name="CaseReference">The caller's pseudonymous reference.</param>
/// <param name="Authority">Code of the Welsh authority the decision is made in.</param>
/// <param name="DecisionDate">Selects the rule versions in force.</param>
/// <param name="Kinds">The kinds asked for; empty means every kind that applies.</param>
/// <param name="Facts">What the caller knows about the learner, as the contract's facts.</param>
/// <param name="Events">What has happened in the case, for statutory timescales.</param>
public sealed record DecisionCase(
    string CaseReference,
    string Authority,
    DateOnly DecisionDate,
    IReadOnlyList<DecisionKind> Kinds,
    FactValues Facts,
    IReadOnlyList<CaseEvent> Events);

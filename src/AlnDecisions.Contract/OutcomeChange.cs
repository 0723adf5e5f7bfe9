using AlnDecisions.Contract.V1;

namespace AlnDecisions.Contract;

/// <summary>A smallest set of facts whose different values give <paramref name="Outcome"/> instead of the decided outcome.</summary>
/// <param name="Kind">The decision kind.</param>
/// <param name="Facts">One or two facts, with their tried values.</param>
/// <param name="Outcome">The outcome the changed request gets.</param>
public sealed record OutcomeChange(DecisionKind.Types.Value Kind, IReadOnlyList<FactChange> Facts, string Outcome);

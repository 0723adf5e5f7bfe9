using AlnDecisions.Contract.V1;

namespace AlnDecisions.Contract;

/// <summary>What the search found for one decision kind, and how far it looked.</summary>
/// <param name="Kind">The decision kind.</param>
/// <param name="Outcome">The outcome decided.</param>
/// <param name="Changes">Every smallest change found: single facts first, then pairs.</param>
/// <param name="FactsConsidered">The facts (by JSON path) the kind's rules read that could be tried.</param>
/// <param name="Decisions">How many re-decisions were made.</param>
/// <param name="Bounded">True when a bound (<see cref="WhatWouldChange.MaxFacts"/>, <see cref="WhatWouldChange.MaxDecisions"/>) stopped the search early.</param>
public sealed record OutcomeChanges(
    DecisionKind.Types.Value Kind,
    string Outcome,
    IReadOnlyList<OutcomeChange> Changes,
    IReadOnlyList<string> FactsConsidered,
    int Decisions,
    bool Bounded);

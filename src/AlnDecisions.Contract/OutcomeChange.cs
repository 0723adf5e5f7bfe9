using AlnDecisions.Contract.V1;

namespace AlnDecisions.Contract;

/// <summary>One fact given a different value: by its proto3 JSON path, what it was and what it is tried as ("unknown" for unset).</summary>
public sealed record FactChange(string Fact, string From, string To);

/// <summary>A smallest set of facts whose different values give <paramref name="Outcome"/> instead of the decided outcome.</summary>
/// <param name="Kind">The decision kind.</param>
/// <param name="Facts">One or two facts, with their tried values.</param>
/// <param name="Outcome">The outcome the changed request gets.</param>
public sealed record OutcomeChange(DecisionKind.Types.Value Kind, IReadOnlyList<FactChange> Facts, string Outcome);

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

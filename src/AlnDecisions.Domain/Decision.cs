namespace AlnDecisions.Domain;

/// <summary>The answer to one kind of question about one case.</summary>
/// <param name="Kind">Which question.</param>
/// <param name="Outcome">A stable upper-case code, e.g. HAS_ALN.</param>
/// <param name="Explanation">Why.</param>
/// <param name="RuleSets">Every rule-set version that took part.</param>
/// <param name="DecidingLayer">The layer whose rule settled it; null when no rule did.</param>
/// <param name="Fields">Further answers the deciding rule gives, by contract JSON name (e.g.
/// responsibleAuthority → "cardiff", mayDirectSchool → "false").</param>
/// <param name="Deadlines">For statutory timescales: every deadline that applies.</param>
public sealed record Decision(
    DecisionKind Kind,
    string Outcome,
    Explanation Explanation,
    IReadOnlyList<RuleSetReference> RuleSets,
    Layer? DecidingLayer,
    IReadOnlyDictionary<string, string>? Fields = null,
    IReadOnlyList<Deadline>? Deadlines = null);

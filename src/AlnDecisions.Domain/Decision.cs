namespace AlnDecisions.Domain;

/// <summary>The answer to one kind of question about one case.</summary>
/// <param name="Kind">Which question.</param>
/// <param name="Outcome">One of the kind's declared outcomes, or an engine outcome.</param>
/// <param name="Explanation">Why.</param>
/// <param name="RuleSets">Every rule-set version that took part.</param>
/// <param name="DecidingLayer">The layer whose rule settled it; null when no rule did.</param>
/// <param name="Fields">Further answers the deciding rule gives (see <see cref="DecisionField"/>).</param>
/// <param name="Deadlines">For statutory timescales: every deadline that applies.</param>
public sealed record Decision(
    DecisionKind Kind,
    Outcome Outcome,
    Explanation Explanation,
    IReadOnlyList<RuleSetReference> RuleSets,
    Layer? DecidingLayer,
    IReadOnlyDictionary<DecisionField, FieldAnswer> Fields,
    IReadOnlyList<Deadline> Deadlines)
{
    /// <summary>
    /// Further answers the outcome does not wait for but the facts given cannot settle: the outcome
    /// stands and only these fields are left unset, each naming what it needs.
    /// </summary>
    public IReadOnlyList<FieldNeedingInformation> FieldsNeedingInformation { get; init; } = [];

    /// <summary>No further answers.</summary>
    public static IReadOnlyDictionary<DecisionField, FieldAnswer> NoFields { get; } = new Dictionary<DecisionField, FieldAnswer>();
}

namespace AlnDecisions.Domain;

/// <summary>
/// A decision's outcome: a stable upper-case code from the closed set its kind declares (HAS_ALN,
/// LOCAL_AUTHORITY, ...), or one of the engine's own outcomes below, which any kind may give.
/// </summary>
/// <param name="Code">The code the contract carries.</param>
public readonly record struct Outcome(string Code)
{
    /// <summary>An unknown fact decides the outcome; the decision lists which.</summary>
    public static Outcome MoreInformationNeeded { get; } = new("MORE_INFORMATION_NEEDED");

    /// <summary>A rule could not be evaluated, so no outcome can be given safely.</summary>
    public static Outcome EvaluationError { get; } = new("EVALUATION_ERROR");

    /// <summary>No rule settled the case: a gap in the rule set, reported rather than guessed.</summary>
    public static Outcome NoRuleMatched { get; } = new("NO_RULE_MATCHED");

    /// <summary>No rule set for the kind is in force on the decision date (e.g. before the ALN system began).</summary>
    public static Outcome NoRuleSetInForce { get; } = new("NO_RULE_SET_IN_FORCE");

    /// <summary>The outcomes the engine itself gives, whatever the kind.</summary>
    public static IReadOnlyList<Outcome> EngineOutcomes { get; } = [MoreInformationNeeded, EvaluationError, NoRuleMatched, NoRuleSetInForce];

    /// <inheritdoc />
    public override string ToString() => Code;
}

namespace AlnDecisions.Domain;

/// <summary>Outcome codes the engine itself produces, whatever the decision kind.</summary>
public static class Outcomes
{
    /// <summary>An unknown fact decides the outcome; the decision lists which.</summary>
    public const string MoreInformationNeeded = "MORE_INFORMATION_NEEDED";

    /// <summary>A rule could not be evaluated, so no outcome can be given safely.</summary>
    public const string EvaluationError = "EVALUATION_ERROR";

    /// <summary>No rule settled the case: a gap in the rule set, reported rather than guessed.</summary>
    public const string NoRuleMatched = "NO_RULE_MATCHED";

    /// <summary>No rule set for the kind is in force on the decision date (e.g. before the ALN system began).</summary>
    public const string NoRuleSetInForce = "NO_RULE_SET_IN_FORCE";
}

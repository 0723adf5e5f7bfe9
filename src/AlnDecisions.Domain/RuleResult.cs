namespace AlnDecisions.Domain;

/// <summary>What happened to one rule in one decision.</summary>
public enum RuleResult
{
    /// <summary>The rule's condition held.</summary>
    Passed,

    /// <summary>The rule's condition did not hold.</summary>
    Failed,

    /// <summary>Not reached: an earlier rule decided the outcome.</summary>
    NotApplicable,

    /// <summary>The rule could not be evaluated. An error is never read as a "no".</summary>
    Error,

    /// <summary>The rule's result depends on facts the request left unknown.</summary>
    Undetermined,
}

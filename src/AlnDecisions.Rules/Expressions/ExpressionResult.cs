namespace AlnDecisions.Rules.Expressions;

/// <summary>What one evaluation of a rule's expression gave. An error is never read as "not satisfied".</summary>
internal enum ExpressionResult
{
    Passed,
    Failed,
    Error,
}

namespace AlnDecisions.Rules.Expressions;

/// <summary>Why an expression was refused.</summary>
/// <param name="Code">A stable problem code (EXPRESSION_INVALID, EXPRESSION_FORBIDDEN).</param>
/// <param name="Position">Where in the expression's text, from 0.</param>
/// <param name="Message">What is wrong, for a policy officer.</param>
internal sealed record ExpressionProblem(string Code, int Position, string Message);

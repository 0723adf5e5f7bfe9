using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Expressions;

/// <summary>
/// A rule's expression, parsed by RulesEngine's expression parser, checked against the allow-list
/// and compiled to read a vector of fact values. Evaluating it costs one delegate call whose work is
/// linear in the expression's size (plus the length of any list fact it searches).
/// </summary>
internal sealed class CompiledExpression(
    Func<object?[], bool> evaluate,
    IReadOnlyList<RuleFact> reads,
    IReadOnlyList<string> textLiterals,
    IReadOnlyList<int> numberLiterals)
{
    /// <summary>The facts the expression reads, in fact-model order.</summary>
    public IReadOnlyList<RuleFact> Reads { get; } = reads;

    /// <summary>The text literals it compares with, for trying values of an unknown text fact.</summary>
    public IReadOnlyList<string> TextLiterals { get; } = textLiterals;

    /// <summary>The whole-number literals it compares with, for trying values of an unknown number.</summary>
    public IReadOnlyList<int> NumberLiterals { get; } = numberLiterals;

    /// <summary>Evaluates over <paramref name="slots"/>; a throw is an error, kept apart from "failed".</summary>
    public ExpressionResult Evaluate(object?[] slots)
    {
        try
        {
            return evaluate(slots) ? ExpressionResult.Passed : ExpressionResult.Failed;
        }
#pragma warning disable CA1031 // Whatever a rule throws is that rule's error, reported in its decision; it must never reach the caller.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ExpressionResult.Error;
        }
    }
}

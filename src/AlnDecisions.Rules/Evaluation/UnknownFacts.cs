using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Keeps unknown apart from false. A rule that reads unknown facts is evaluated once for every
/// combination of the values those facts can take: if every combination agrees, the rule's result
/// is known anyway; otherwise it is undetermined, and the facts that matter are those whose value
/// alone changes the answer. The same trial serves evaluation and the check of authority
/// principles against the statutory layer.
/// Cost bound: at most <see cref="MaxCombinations"/> evaluations of one compiled expression per
/// undetermined rule, each linear in the expression's size; beyond that a rule is left
/// undetermined rather than tried.
/// </summary>
internal static class UnknownFacts
{
    /// <summary>The most combinations tried for one rule.</summary>
    public const int MaxCombinations = 512;

    /// <summary>A text no expression compares with: stands for every value an expression cannot tell apart.</summary>
    public const string UnlikeAny = "\u2400unlike-any-other-value";

    private static readonly object[] Booleans = [true, false];

    /// <summary>What <paramref name="expression"/> gives on <paramref name="facts"/>, and, when undetermined, what is missing.</summary>
    public static (RuleResult Result, IReadOnlyList<MissingInformation> Missing) Probe(CompiledExpression expression, FactSnapshot facts)
    {
        List<RuleFact>? unknown = null;
        foreach (var fact in expression.Reads)
        {
            if (facts[fact] is null)
            {
                (unknown ??= []).Add(fact);
            }
        }

        if (unknown is null)
        {
            return (ToResult(expression.Evaluate(facts.Slots)), []);
        }

        var candidates = new object[unknown.Count][];
        var combinations = 1;
        for (var i = 0; i < unknown.Count; i++)
        {
            var knownTexts = expression.Reads.Where(f => f.Kind == FactKind.Text).Select(f => facts[f]).OfType<string>();
            if (!unknown[i].Triable || Candidates(unknown[i], expression.TextLiterals, expression.NumberLiterals, knownTexts) is not { } values
                || (combinations *= values.Length) > MaxCombinations)
            {
                return (RuleResult.Undetermined, Missing(unknown, facts));
            }

            candidates[i] = values;
        }

        var slots = facts.CopySlots();
        var outcomes = new bool[combinations];
        for (var combination = 0; combination < combinations; combination++)
        {
            Set(slots, unknown, candidates, combination);
            switch (expression.Evaluate(slots))
            {
                case ExpressionResult.Error:
                    return (RuleResult.Undetermined, Missing(unknown, facts));
                case var result:
                    outcomes[combination] = result == ExpressionResult.Passed;
                    break;
            }
        }

        if (outcomes.All(o => o == outcomes[0]))
        {
            return (outcomes[0] ? RuleResult.Passed : RuleResult.Failed, []);
        }

        // A fact matters if changing it alone, with the other unknowns held, changes the answer.
        var sensitive = new List<RuleFact>();
        var stride = 1;
        for (var i = 0; i < unknown.Count; i++)
        {
            var count = candidates[i].Length;
            var matters = false;
            for (var combination = 0; combination < combinations && !matters; combination++)
            {
                var digit = combination / stride % count;
                for (var other = 0; other < count && !matters; other++)
                {
                    matters = other != digit && outcomes[combination] != outcomes[combination + ((other - digit) * stride)];
                }
            }

            if (matters)
            {
                sensitive.Add(unknown[i]);
            }

            stride *= count;
        }

        return (RuleResult.Undetermined, Missing(sensitive, facts));
    }

    /// <summary>
    /// Every combination of the values worth trying for <paramref name="facts"/> (as for an unknown
    /// fact, with the literals of <paramref name="expressions"/>), set on a copy of
    /// <paramref name="baseline"/>: null when some fact's values cannot be listed (dates) or there
    /// are more than <paramref name="limit"/>.
    /// </summary>
    public static IEnumerable<object?[]>? Combinations(IReadOnlyList<RuleFact> facts, FactSnapshot baseline, int limit, params CompiledExpression[] expressions) =>
        Combinations(facts, baseline, limit, expressions, _ => null);

    /// <summary>
    /// As <see cref="Combinations(IReadOnlyList{RuleFact}, FactSnapshot, int, CompiledExpression[])"/>,
    /// with <paramref name="fixedValues"/> giving, for some facts, the only values to try.
    /// </summary>
    public static IEnumerable<object?[]>? Combinations(IReadOnlyList<RuleFact> facts, FactSnapshot baseline, int limit, IReadOnlyList<CompiledExpression> expressions, Func<RuleFact, object[]?> fixedValues)
    {
        var texts = expressions.SelectMany(e => e.TextLiterals).Distinct(StringComparer.Ordinal).ToArray();
        var numbers = expressions.SelectMany(e => e.NumberLiterals).Distinct().ToArray();
        var candidates = new object[facts.Count][];
        var combinations = 1;
        for (var i = 0; i < facts.Count; i++)
        {
            if ((fixedValues(facts[i]) ?? Candidates(facts[i], texts, numbers, [])) is not { } values || (combinations *= values.Length) > limit)
            {
                return null;
            }

            candidates[i] = values;
        }

        return Enumerate(facts, candidates, combinations, baseline);
    }

    /// <summary>What to ask for when <paramref name="facts"/> are unknown, each once.</summary>
    public static IReadOnlyList<MissingInformation> Missing(IEnumerable<RuleFact> facts, FactSnapshot snapshot) =>
        facts.SelectMany(snapshot.MissingFor).Distinct().ToArray();

    private static IEnumerable<object?[]> Enumerate(IReadOnlyList<RuleFact> facts, object[][] candidates, int combinations, FactSnapshot baseline)
    {
        for (var combination = 0; combination < combinations; combination++)
        {
            var slots = baseline.CopySlots();
            Set(slots, facts, candidates, combination);
            yield return slots;
        }
    }

    private static void Set(object?[] slots, IReadOnlyList<RuleFact> facts, object[][] candidates, int combination)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var count = candidates[i].Length;
            slots[facts[i].Index] = candidates[i][combination % count];
            combination /= count;
        }
    }

    private static RuleResult ToResult(ExpressionResult result) => result switch
    {
        ExpressionResult.Passed => RuleResult.Passed,
        ExpressionResult.Failed => RuleResult.Failed,
        _ => RuleResult.Error,
    };

    /// <summary>Every value of a fact whose values can be listed: booleans and choices.</summary>
    private static object[]? Listed(RuleFact fact) => fact.Kind switch
    {
        FactKind.Boolean => Booleans,
        FactKind.Choice when fact.Choices.Count > 0 => fact.Choices.ToArray<object>(),
        _ => null,
    };

    /// <summary>
    /// The values worth trying for a fact: all of them for booleans and choices; for text and whole
    /// numbers, the values the expressions can tell apart (their literals and neighbours, the values
    /// of known text facts they may compare with, and one value unlike any of them). Null when the
    /// fact's values cannot be listed (dates, lists).
    /// </summary>
    private static object[]? Candidates(RuleFact fact, IReadOnlyList<string> textLiterals, IReadOnlyList<int> numberLiterals, IEnumerable<string> knownTexts) => fact.Kind switch
    {
        FactKind.Boolean or FactKind.Choice => Listed(fact),
        FactKind.Text => textLiterals.Concat(knownTexts).Append(UnlikeAny).Distinct(StringComparer.Ordinal).ToArray<object>(),
        FactKind.WholeNumber => numberLiterals.SelectMany(n => new[] { n - 1, n, n + 1 }).Append(0).Distinct().Select(n => (object)n).ToArray(),
        _ => null,
    };
}

using AlnDecisions.Domain;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>One rule of a rule set, as its file states it.</summary>
/// <param name="Name">Unique within the rule set; the id explanations show.</param>
/// <param name="Expression">A RulesEngine lambda expression over <c>learner</c>, <c>age</c> and <c>decision</c>.</param>
/// <param name="Outcome">The outcome code this rule gives when it is the first to pass.</param>
/// <param name="Citations">The law or published principle behind it.</param>
/// <param name="Text">What the rule means, in English and Welsh.</param>
/// <param name="NextSteps">What the family can do when this rule decides.</param>
/// <param name="MissingFacts">Facts to report as needed when this rule decides (for rules whose
/// outcome is itself MORE_INFORMATION_NEEDED).</param>
/// <param name="Line">Where the rule starts in its file.</param>
/// <param name="Fields">Further answers the rule gives when it decides (see <see cref="KindFields"/>).</param>
/// <param name="Timescale">For STATUTORY_TIMESCALES rules: the timescale itself.</param>
public sealed record RuleDefinition(
    string Name,
    string Expression,
    string Outcome,
    IReadOnlyList<Citation> Citations,
    LocalisedText Text,
    IReadOnlyList<LocalisedText> NextSteps,
    IReadOnlyList<string> MissingFacts,
    int Line,
    IReadOnlyDictionary<string, DecisionFieldValue> Fields,
    TimescaleDefinition? Timescale = null)
{
    /// <summary>The facts the expression reads; worked out once, at load.</summary>
    internal IReadOnlyList<Fact> Facts { get; } = FactCatalog.UsedBy(Expression);

    /// <summary>The string literals in the expression, for trying values of unknown text facts.</summary>
    internal IReadOnlyList<string> TextLiterals { get; } = ExpressionLiterals.Strings(Expression);

    /// <summary>The whole-number literals in the expression, for trying values of unknown numbers.</summary>
    internal IReadOnlyList<int> NumberLiterals { get; } = ExpressionLiterals.WholeNumbers(Expression);

    /// <summary>Whether this rule, passing, would give the same answer as <paramref name="other"/> on these inputs.</summary>
    internal bool DecidesSameAs(RuleDefinition other, FactInputs inputs) =>
        Outcome == other.Outcome
        && Fields.Count == other.Fields.Count
        && Fields.All(field => other.Fields.TryGetValue(field.Key, out var theirs)
            && (field.Value.Resolve(inputs) ?? field.Value.Text) == (theirs.Resolve(inputs) ?? theirs.Text));
}

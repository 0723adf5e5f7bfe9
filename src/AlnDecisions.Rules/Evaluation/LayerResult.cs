using AlnDecisions.Domain;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>What one layer's rule set made of a case.</summary>
/// <param name="Reasons">Every rule, in order, with its result.</param>
/// <param name="MissingFacts">Contract names of unknown facts that left rules undetermined.</param>
/// <param name="Decided">The first rule that passed while nothing before it was undetermined.</param>
/// <param name="Errored">A rule that could not be evaluated, which stops the decision.</param>
/// <param name="Blocking">Undetermined rules that stand before any decision, carried into the next layer.</param>
internal sealed record LayerResult(
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<string> MissingFacts,
    RuleDefinition? Decided,
    RuleDefinition? Errored,
    IReadOnlyList<RuleDefinition> Blocking)
{
    /// <summary>Whether an undetermined rule stands before any decision.</summary>
    public bool Blocked => Blocking.Count > 0;
}

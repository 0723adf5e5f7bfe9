using AlnDecisions.Domain;

namespace AlnDecisions.Rules.Plan;

/// <summary>
/// Everything the engine knows about one decision kind, declared once: how it is evaluated, the
/// closed set of outcomes its rules may give, the further answers they may give, and which of its
/// outcomes mean "this question does not arise for this learner" (left out when a caller asks for
/// every kind). What a kind reads — and so which other kinds it waits for — is worked out from its
/// rules at load.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Evaluation">How its rules are read.</param>
/// <param name="Outcomes">Every outcome its rules may give (the engine's own outcomes come on top).</param>
/// <param name="Fields">The further answers its rules may give.</param>
/// <param name="DoesNotArise">Outcomes left out of an every-kind request.</param>
/// <param name="PrinciplesOfHomeAuthority">Whether the principles consulted are the home authority's (when it is Welsh) rather than the deciding authority's.</param>
internal sealed record KindDeclaration(
    DecisionKind Kind,
    KindEvaluation Evaluation,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<DecisionField> Fields,
    IReadOnlyList<Outcome> DoesNotArise,
    bool PrinciplesOfHomeAuthority = false)
{
    /// <summary>Whether a rule of this kind may give <paramref name="outcome"/>.</summary>
    public bool Allows(Outcome outcome) => Outcomes.Contains(outcome);
}

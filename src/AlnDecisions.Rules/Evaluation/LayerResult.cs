using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>What one layer's rule set made of a case.</summary>
/// <param name="Reasons">Every rule, in order, with its result (empty when reasons are not wanted).</param>
/// <param name="Missing">What left rules undetermined.</param>
/// <param name="Decided">The first rule that passed while nothing before it could change the answer.</param>
/// <param name="Errored">A rule that could not be evaluated, which stops the decision.</param>
/// <param name="Blocking">Undetermined rules that stand before any decision, carried into the next layer.</param>
/// <param name="Alternatives">
/// When <paramref name="Decided"/> stands behind undetermined rules that give the same outcome but not
/// the same further answers: those rules. The outcome is settled; the answers they disagree on are
/// not, and <paramref name="Missing"/> says what would settle them.
/// </param>
/// <param name="PassedBehindUnknowns">
/// A rule passed but could not decide because undetermined rules before it give other answers: it
/// decides if they all fail, so no later layer can, and the decision waits for their facts.
/// </param>
internal sealed record LayerResult(
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<MissingInformation> Missing,
    CompiledRule? Decided,
    CompiledRule? Errored,
    IReadOnlyList<CompiledRule> Blocking,
    IReadOnlyList<CompiledRule> Alternatives,
    bool PassedBehindUnknowns);

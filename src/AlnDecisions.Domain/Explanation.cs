namespace AlnDecisions.Domain;

/// <summary>Why a decision came out as it did, in data a panel page or a gRPC message can render.</summary>
/// <param name="Summary">One paragraph, English and Welsh.</param>
/// <param name="Reasons">Every rule that took part, in evaluation order.</param>
/// <param name="Missing">Everything the outcome waits for, each once.</param>
/// <param name="NextSteps">What the learner or family can do next.</param>
/// <param name="DecidingRule">The rule that settled the outcome, if one did.</param>
/// <param name="PrinciplesComparison">For cross-border decisions: both authorities' answers to the IDP question.</param>
public sealed record Explanation(
    LocalisedText Summary,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<MissingInformation> Missing,
    IReadOnlyList<LocalisedText> NextSteps,
    string? DecidingRule,
    PrinciplesComparison? PrinciplesComparison = null)
{
    /// <summary>The missing facts alone, by proto3 JSON name.</summary>
    public IEnumerable<string> MissingFacts => Missing.OfType<MissingInformation.Fact>().Select(fact => fact.Name);
}

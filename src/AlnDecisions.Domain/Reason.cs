namespace AlnDecisions.Domain;

/// <summary>One rule's part in a decision, as a panel reads it.</summary>
public sealed record Reason(
    string RuleSetId,
    string RuleId,
    Layer Layer,
    RuleResult Result,
    IReadOnlyList<FactValue> Facts,
    IReadOnlyList<Citation> Citations,
    LocalisedText Text);

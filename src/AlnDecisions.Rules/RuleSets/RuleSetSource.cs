namespace AlnDecisions.Rules.RuleSets;

/// <summary>The published document a rule set encodes.</summary>
public sealed record RuleSetSource(string Title, string? Publisher, DateOnly? Published, string? Url);

namespace AlnDecisions.Rules.RuleSets;

/// <summary>A parsed rule set, or every problem that stopped it parsing.</summary>
/// <param name="Definition">Null when there are problems.</param>
/// <param name="Problems">Every problem found; empty on success.</param>
public sealed record RuleSetParseResult(RuleSetDefinition? Definition, IReadOnlyList<RuleSetProblem> Problems);

namespace AlnDecisions.Domain;

/// <summary>A fact a rule read, by its contract JSON name, and the value it saw.</summary>
/// <param name="Fact">e.g. "learner.needs.solelyLanguageOfHome".</param>
/// <param name="Value">The value as text, or "unknown".</param>
public sealed record FactValue(string Fact, string Value);

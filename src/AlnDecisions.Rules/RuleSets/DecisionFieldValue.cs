using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// A further answer a rule gives when it decides (e.g. responsibleAuthority): a literal, or a fact
/// whose value is the answer (e.g. <c>learner.lookingAfterAuthority</c>).
/// </summary>
public sealed record DecisionFieldValue(string Text)
{
    /// <summary>The fact named, when the value is a fact path rather than a literal.</summary>
    internal Fact? Fact { get; } = FactCatalog.All.FirstOrDefault(f => string.Equals(f.Path, Text, StringComparison.Ordinal));

    /// <summary>The answer for these inputs, or null when it comes from a fact that is unknown.</summary>
    internal string? Resolve(FactInputs inputs) => Fact is null ? Text : Fact.Get(inputs) is { } value ? Facts.Fact.Show(value) : null;
}

using AlnDecisions.Domain;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>A rule-set version with every rule compiled, as a catalog serves it.</summary>
internal sealed class CompiledRuleSet(RuleSetDefinition definition, IReadOnlyList<CompiledRule> rules)
{
    public RuleSetDefinition Definition { get; } = definition;

    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    /// <summary>The provenance stamp every decision it takes part in carries; made once.</summary>
    public RuleSetReference Reference { get; } = definition.Reference;

    public bool HasRules => Rules.Count > 0;

    public Layer Layer => Definition.Layer;
}

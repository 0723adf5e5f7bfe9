using AlnDecisions.Domain;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>The rule that settled an outcome, with the layer it belongs to.</summary>
internal sealed record RuleDecision(RuleDefinition Rule, Layer Layer)
{
    public string Name => Rule.Name;
    public LocalisedText Text => Rule.Text;
}

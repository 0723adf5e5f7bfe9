using AlnDecisions.Domain;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// A rule ready to evaluate: its definition, its compiled expression, its further answers resolved
/// against the fact model, and the parts of its explanation that do not depend on the case.
/// </summary>
internal sealed class CompiledRule
{
    public CompiledRule(RuleSetDefinition ruleSet, RuleDefinition definition, CompiledExpression expression, IReadOnlyList<(DecisionField Field, FieldAnswer? Given, RuleFact? FromFact)> fields,
        IReadOnlyList<RuleFact>? considers = null)
    {
        Considers = considers ?? [];
        Definition = definition;
        Expression = expression;
        Fields = fields;
        RuleSetId = ruleSet.Id;
        Layer = ruleSet.Layer;
        DecidedSummary = ExplanationText.Decided(definition.Outcome, definition, ruleSet.Layer);
        MissingFacts = definition.MissingFacts.Select(name => (MissingInformation)new MissingInformation.Fact(name)).ToArray();
        NextStepsNeedNames = definition.NextSteps.Any(AuthorityPlaceholders.AreIn);
    }

    public RuleDefinition Definition { get; }

    public string Name => Definition.Name;

    public Outcome Outcome => Definition.Outcome;

    public CompiledExpression Expression { get; }

    public string RuleSetId { get; }

    public Layer Layer { get; }

    /// <summary>Facts the reason shows after those the expression reads, which take no part in evaluating it.</summary>
    public IReadOnlyList<RuleFact> Considers { get; }

    /// <summary>The further answers, each written in the rule or taken from a fact.</summary>
    public IReadOnlyList<(DecisionField Field, FieldAnswer? Given, RuleFact? FromFact)> Fields { get; }

    /// <summary>The summary when this rule decides.</summary>
    public LocalisedText DecidedSummary { get; }

    /// <summary>What to ask for when this rule, itself a request for information, decides.</summary>
    public IReadOnlyList<MissingInformation> MissingFacts { get; }

    /// <summary>Whether the next steps name an authority to fill in ({areaAuthority}, {responsibleAuthority}).</summary>
    public bool NextStepsNeedNames { get; }

    /// <summary>The further answer for <paramref name="field"/> in this case; null when it comes from a fact the case leaves unknown.</summary>
    public static FieldAnswer? Resolve((DecisionField Field, FieldAnswer? Given, RuleFact? FromFact) field, FactSnapshot facts) =>
        field.Given ?? (facts[field.FromFact!] is string code ? new FieldAnswer.Authority(code) : null);

    /// <summary>Whether this rule, passing, would give the same answer as <paramref name="other"/> on these facts.</summary>
    public bool DecidesSameAs(CompiledRule other, FactSnapshot facts)
    {
        if (Outcome != other.Outcome || Fields.Count != other.Fields.Count)
        {
            return false;
        }

        foreach (var mine in Fields)
        {
            var theirs = other.Fields.Where(f => f.Field == mine.Field).ToArray();
            if (theirs.Length != 1 || Shown(mine, facts) != Shown(theirs[0], facts))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether this rule gives <paramref name="field"/> the same answer as another rule that gives it, on these facts; false when this rule does not give it.</summary>
    public bool GivesSameField((DecisionField Field, FieldAnswer? Given, RuleFact? FromFact) field, FactSnapshot facts)
    {
        var mine = Fields.Where(f => f.Field == field.Field).ToArray();
        return mine.Length == 1 && Shown(mine[0], facts) == Shown(field, facts);
    }

    /// <summary>The reason this rule gives in a decision with result <paramref name="result"/>.</summary>
    public Reason ReasonFor(RuleResult result, FactSnapshot facts)
    {
        var reads = Expression.Reads;
        var shown = new FactValue[reads.Count + Considers.Count];
        for (var i = 0; i < reads.Count; i++)
        {
            shown[i] = reads[i].Show(facts[reads[i]]);
        }

        for (var i = 0; i < Considers.Count; i++)
        {
            shown[reads.Count + i] = Considers[i].Show(facts[Considers[i]]);
        }

        return new Reason(RuleSetId, Definition.Name, Layer, result, shown, Definition.Citations, Definition.Text);
    }

    // An answer taken from a fact the case leaves unknown compares as the fact's name: two rules
    // naming the same fact give the same answer whatever its value.
    private static string Shown((DecisionField Field, FieldAnswer? Given, RuleFact? FromFact) field, FactSnapshot facts) =>
        Resolve(field, facts)?.ToString() ?? field.FromFact!.Path;
}

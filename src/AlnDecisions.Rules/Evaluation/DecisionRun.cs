using AlnDecisions.Domain;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>One request's work against one catalog snapshot: the decisions made so far and what publishers found.</summary>
internal sealed class DecisionRun(RuleSetCatalog catalog, DecisionCase decisionCase, bool explainEveryRule)
{
    public RuleSetCatalog Catalog { get; } = catalog;

    public DecisionCase Case { get; } = decisionCase;

    /// <summary>Whether every rule's reason is kept (a panel's view), or only the answer and what settled it.</summary>
    public bool ExplainEveryRule { get; } = explainEveryRule;

    /// <summary>Decisions made for the deciding authority, by kind.</summary>
    public Dictionary<DecisionKind, Decision> Decided { get; } = [];

    /// <summary>The kinds this request decides, in the order they are answered.</summary>
    public IReadOnlyList<DecisionKind> Kinds { get; set; } = [];

    /// <summary>The facts as they stood when the last step ran.</summary>
    public FactSnapshot? Facts { get; set; }

    /// <summary>Every rule set evaluated, in order (a rule set evaluated for two authorities appears twice).</summary>
    public List<CompiledRuleSet> Evaluated { get; } = [];

    /// <summary>The IDP question under two authorities, when it was asked and both settled it.</summary>
    public PrinciplesComparison? Comparison { get; set; }

    /// <summary>Decides <paramref name="kind"/> as <paramref name="authority"/> would, on <paramref name="facts"/>.</summary>
    public Decision Evaluate(DecisionKind kind, string authority, FactSnapshot facts) =>
        KindEvaluator.Decide(this, kind, authority, authority == Case.Authority
            ? facts
            : facts.With((facts.Model.Require("decision.authority"), authority, null)));
}

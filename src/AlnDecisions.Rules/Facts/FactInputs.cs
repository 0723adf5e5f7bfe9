using RulesEngine.Models;

namespace AlnDecisions.Rules.Facts;

/// <summary>Everything one evaluation reads: the three roots rule expressions may name.</summary>
internal sealed class FactInputs
{
    /// <summary>The root names expressions may start with.</summary>
    public static readonly IReadOnlySet<string> RootNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "learner", "age", "decision", "aln", "idp",
    };

    public required LearnerFacts Learner { get; init; }
    public required AgeFacts Age { get; init; }
    public required DecisionFacts Decision { get; init; }
    public AlnFacts Aln { get; init; } = new();
    public IdpFacts Idp { get; init; } = new();

    /// <summary>
    /// For derived facts that are unknown because another decision needs information: the facts
    /// that decision is missing, reported in their place.
    /// </summary>
    public Dictionary<string, IReadOnlyList<string>> MissingBehind { get; } = new(StringComparer.Ordinal);

    /// <summary>Facts with nothing known, for compiling every rule at load.</summary>
    public static FactInputs Blank() => new()
    {
        Learner = new LearnerFacts(),
        Age = new AgeFacts(),
        Decision = new DecisionFacts { Authority = "cardiff", Date = new DateTime(2024, 1, 1) },
    };

    public FactInputs Clone()
    {
        var clone = new FactInputs
        {
            Learner = Learner.Clone(),
            Age = Age.Clone(),
            Decision = Decision.Clone(),
            Aln = Aln.Clone(),
            Idp = Idp.Clone(),
        };
        foreach (var (fact, missing) in MissingBehind)
        {
            clone.MissingBehind[fact] = missing;
        }

        return clone;
    }

    public RuleParameter[] ToParameters() =>
    [
        new RuleParameter("learner", Learner),
        new RuleParameter("age", Age),
        new RuleParameter("decision", Decision),
        new RuleParameter("aln", Aln),
        new RuleParameter("idp", Idp),
    ];
}

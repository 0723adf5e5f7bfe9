using AlnDecisions.Domain.Facts;

namespace AlnDecisions.Rules.Facts;

/// <summary>
/// Every fact rules may read, in slot order: first the request's facts as the contract declares them,
/// then the facts the service derives (<see cref="CaseFacts"/> and the facts decision kinds publish).
/// Built once per contract schema; the rule-facing types expressions are parsed against come from it.
/// </summary>
internal sealed class FactModel
{
    private readonly Dictionary<string, RuleFact> _byPath;

    public FactModel(FactSchema request, IEnumerable<DerivedFact> derived)
    {
        Request = request;
        var facts = new List<RuleFact>();
        foreach (var fact in request.Facts)
        {
            // Records are read only through derived facts (a list of records has no single value to compare).
            var triable = fact.Kind is FactKind.Boolean or FactKind.Choice or FactKind.Text or FactKind.WholeNumber;
            facts.Add(new RuleFact(fact.Index, fact.Path, fact.Kind, fact.Choices, [fact.Path], triable, fact));
        }

        foreach (var fact in derived)
        {
            if (facts.Any(f => f.Path == fact.Path))
            {
                throw new InvalidOperationException($"the derived fact '{fact.Path}' has the name of a fact the contract already has");
            }

            facts.Add(new RuleFact(facts.Count, fact.Path, fact.Kind, fact.Choices, fact.RequestNames, fact.Triable, null));
        }

        Facts = facts;
        _byPath = facts.ToDictionary(fact => fact.Path, StringComparer.Ordinal);
        Types = new RuleFacingTypes(this);
        RequestNames = request.Facts.Select(f => f.Path).Concat(["authority", "decisionDate"]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The contract's facts.</summary>
    public FactSchema Request { get; }

    /// <summary>Every fact, by slot.</summary>
    public IReadOnlyList<RuleFact> Facts { get; }

    /// <summary>How many slots an evaluation holds.</summary>
    public int Count => Facts.Count;

    /// <summary>The types expressions are parsed against, one per root name.</summary>
    public RuleFacingTypes Types { get; }

    /// <summary>Every name a caller can supply (a rule's missingFacts must be among them).</summary>
    public IReadOnlySet<string> RequestNames { get; }

    public RuleFact? Find(string path) => _byPath.GetValueOrDefault(path);

    public RuleFact Require(string path) =>
        Find(path) ?? throw new InvalidOperationException($"no fact '{path}': the code reading it and the contract disagree");
}

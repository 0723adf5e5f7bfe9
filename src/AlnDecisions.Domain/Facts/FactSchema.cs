namespace AlnDecisions.Domain.Facts;

/// <summary>An ordered, immutable set of facts with unique paths; values for it are held in its order.</summary>
public sealed class FactSchema
{
    private readonly Dictionary<string, FactDefinition> _byPath;

    private FactSchema(IReadOnlyList<FactDefinition> facts)
    {
        Facts = facts;
        _byPath = facts.ToDictionary(fact => fact.Path, StringComparer.Ordinal);
    }

    /// <summary>Every fact, in order.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>How many facts there are.</summary>
    public int Count => Facts.Count;

    /// <summary>Builds a schema; paths must be unique.</summary>
    public static FactSchema Create(IEnumerable<FactShape> shapes)
    {
        var facts = new List<FactDefinition>();
        foreach (var shape in shapes)
        {
            if (facts.Any(f => f.Path == shape.Path))
            {
                throw new ArgumentException($"the fact '{shape.Path}' is declared twice", nameof(shapes));
            }

            if (shape.Kind == FactKind.Records && shape.Records is null)
            {
                throw new ArgumentException($"the fact '{shape.Path}' holds records but declares none of their facts", nameof(shapes));
            }

            facts.Add(new FactDefinition(facts.Count, shape.Path, shape.Kind, shape.Choices ?? [],
                shape.Kind == FactKind.Records ? Create(shape.Records!) : null));
        }

        return new FactSchema(facts);
    }

    /// <summary>The fact at <paramref name="path"/>, if there is one.</summary>
    public FactDefinition? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The fact at <paramref name="path"/>; a schema without it is a programming error, caught at start-up.</summary>
    public FactDefinition Require(string path) =>
        Find(path) ?? throw new InvalidOperationException($"the contract has no fact '{path}'; the code reading it and the proto disagree");
}

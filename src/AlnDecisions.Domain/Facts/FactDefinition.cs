namespace AlnDecisions.Domain.Facts;

/// <summary>
/// One fact: the name rule expressions and callers both use, the kind of value it holds and, for
/// codes, every value it may take. Declared once (the contract's proto) and derived everywhere else.
/// </summary>
public sealed class FactDefinition
{
    internal FactDefinition(int index, string path, FactKind kind, IReadOnlyList<string> choices, FactSchema? records)
    {
        Index = index;
        Path = path;
        Kind = kind;
        Choices = choices;
        Records = records;
    }

    /// <summary>The fact's position in its schema; values are held in that order.</summary>
    public int Index { get; }

    /// <summary>The proto3 JSON path from the request root, e.g. <c>learner.needs.solelyLanguageOfHome</c>.</summary>
    public string Path { get; }

    /// <summary>What kind of value it holds.</summary>
    public FactKind Kind { get; }

    /// <summary>For <see cref="FactKind.Choice"/> and <see cref="FactKind.ChoiceList"/>: every code, in contract order; otherwise empty.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>For <see cref="FactKind.Records"/>: the facts of each record; otherwise null.</summary>
    public FactSchema? Records { get; }

    /// <inheritdoc />
    public override string ToString() => Path;
}

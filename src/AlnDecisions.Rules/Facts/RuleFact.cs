using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;

namespace AlnDecisions.Rules.Facts;

/// <summary>
/// One fact as rule expressions read it: a request fact from the contract, or one the service derives
/// (age from the date of birth, whether the learner has ALN from another decision). Its index is its
/// slot in every evaluation's value vector.
/// </summary>
internal sealed class RuleFact
{
    private readonly FactValue _unknown;
    private readonly Dictionary<string, FactValue> _shownCodes;

    public RuleFact(int index, string path, FactKind kind, IReadOnlyList<string> choices, IReadOnlyList<string> requestNames, bool triable, FactDefinition? requestFact)
    {
        Index = index;
        Path = path;
        Kind = kind;
        Choices = choices;
        RequestNames = requestNames;
        Triable = triable;
        RequestFact = requestFact;
        AskFor = requestNames.Select(name => (MissingInformation)new MissingInformation.Fact(name)).ToArray();
        ClrType = kind switch
        {
            FactKind.Boolean => typeof(bool?),
            FactKind.Choice or FactKind.Text => typeof(string),
            FactKind.WholeNumber => typeof(int?),
            FactKind.Date => typeof(DateTime?),
            FactKind.TextList or FactKind.ChoiceList => typeof(IEnumerable<string>),
            _ => typeof(object),
        };
        _unknown = new FactValue(path, "unknown");
        True = new FactValue(path, "true");
        False = new FactValue(path, "false");
        _shownCodes = choices.ToDictionary(code => code, code => new FactValue(path, code), StringComparer.Ordinal);
    }

    /// <summary>The fact's slot.</summary>
    public int Index { get; }

    /// <summary>How expressions name it, e.g. <c>learner.needs.solelyLanguageOfHome</c> or <c>age.underThree</c>.</summary>
    public string Path { get; }

    public FactKind Kind { get; }

    /// <summary>Every code a choice may take.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>What a caller gives to make this fact known (the fact itself, or what a derived fact is worked out from).</summary>
    public IReadOnlyList<string> RequestNames { get; }

    /// <summary><see cref="RequestNames"/> as missing information.</summary>
    public IReadOnlyList<MissingInformation> AskFor { get; }

    /// <summary>Whether the engine may try this fact's values when it is unknown, to see whether it matters.</summary>
    public bool Triable { get; }

    /// <summary>The contract's fact, for request facts; null for derived ones.</summary>
    public FactDefinition? RequestFact { get; }

    /// <summary>Derived facts are worked out by the service, never given by the caller.</summary>
    public bool IsDerived => RequestFact is null;

    /// <summary>The type expressions see, for parsing.</summary>
    public Type ClrType { get; }

    /// <summary>Readers of the fact can be shown cached values: most facts are booleans or codes.</summary>
    public FactValue True { get; }

    public FactValue False { get; }

    /// <summary>How an explanation shows this fact's value.</summary>
    public FactValue Show(object? value) => value switch
    {
        null => _unknown,
        bool b => b ? True : False,
        string code when _shownCodes.TryGetValue(code, out var shown) => shown,
        string text => new FactValue(Path, text),
        DateTime date => new FactValue(Path, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        IEnumerable<string> list => new FactValue(Path, "[" + string.Join(", ", list) + "]"),
        _ => new FactValue(Path, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"),
    };

    /// <inheritdoc />
    public override string ToString() => Path;
}

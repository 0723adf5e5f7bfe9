namespace AlnDecisions.Rules.Facts;

/// <summary>One fact rule expressions can read.</summary>
/// <param name="Path">How expressions name it, e.g. <c>learner.needs.solelyLanguageOfHome</c>.</param>
/// <param name="RequestName">The contract JSON name a caller supplies to make it known (the same
/// path for plain facts; <c>learner.dateOfBirth</c> for the derived <c>age.*</c> facts).</param>
/// <param name="PossibleValues">Every value it can take when that list is short (booleans, enums),
/// so the engine can test whether an unknown value decides a rule; null otherwise.</param>
/// <param name="Get">Reads the value.</param>
/// <param name="Set">Sets the value on a copy of the inputs.</param>
internal sealed record Fact(
    string Path,
    string RequestName,
    IReadOnlyList<object>? PossibleValues,
    Func<FactInputs, object?> Get,
    Action<FactInputs, object?> Set)
{
    /// <summary>What kind of value the fact holds, for trying values when it is unknown.</summary>
    public FactValueKind ValueKind { get; init; } = FactValueKind.Other;

    /// <summary>Plain facts are the caller's; derived ones are worked out from them.</summary>
    public bool IsDerived => !string.Equals(Path, RequestName, StringComparison.Ordinal);

    /// <summary>How the value is shown in an explanation.</summary>
    public static string Show(object? value) => value switch
    {
        null => "unknown",
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "unknown",
    };
}

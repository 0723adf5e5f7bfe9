namespace AlnDecisions.Specs.Bindings;

/// <summary>A step's data table: the first row names the columns, as in SpecFlow's Table.</summary>
public sealed class Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
{
    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; } = header;

    /// <summary>Each row after the header, as column name → cell.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; } =
        rows.Select(row => (IReadOnlyDictionary<string, string>)header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToArray();
}

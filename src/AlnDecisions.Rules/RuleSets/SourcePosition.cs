namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// Where a JSON string's text starts in its file, and how to find a character inside it: the
/// characters of a JSON string are not its file's characters where it has escapes (\" is one).
/// </summary>
/// <param name="Line">1-based line of the string's first character.</param>
/// <param name="Column">1-based column of the string's first character (after the opening quote).</param>
/// <param name="Raw">The string as written in the file, escapes and all, without its quotes.</param>
public sealed record SourcePosition(int Line, int Column, string Raw)
{
    /// <summary>An unknown position.</summary>
    public static SourcePosition Unknown { get; } = new(0, 0, string.Empty);

    /// <summary>The file column of the string's <paramref name="index"/>th character (0-based, as the parser counts).</summary>
    public int ColumnOf(int index)
    {
        if (Line == 0)
        {
            return 0;
        }

        var raw = 0;
        for (var decoded = 0; decoded < index && raw < Raw.Length; decoded++)
        {
            raw += Raw[raw] != '\\' ? 1 : raw + 1 < Raw.Length && Raw[raw + 1] == 'u' ? 6 : 2;
        }

        return Column + Math.Min(raw, Raw.Length);
    }
}

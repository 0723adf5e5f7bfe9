namespace AlnDecisions.Cli.Scenarios;

/// <summary>Which language a step phrasing is in: the Welsh phrasings open with "bod", "y gwneir" or "dylai" by kind.</summary>
internal static class StepLanguage
{
    public static bool IsWelsh(string pattern) =>
        pattern.StartsWith("bod ", StringComparison.Ordinal)
        || pattern.StartsWith("y gwneir ", StringComparison.Ordinal)
        || pattern.StartsWith("dylai", StringComparison.Ordinal);
}

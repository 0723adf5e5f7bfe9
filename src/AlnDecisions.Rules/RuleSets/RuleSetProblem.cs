namespace AlnDecisions.Rules.RuleSets;

/// <summary>One thing wrong with a rule-set file, with a stable code and where it is.</summary>
/// <param name="Code">Stable, e.g. FIELD_UNKNOWN; see <see cref="ProblemCodes"/>.</param>
/// <param name="File">The file's path relative to the rules directory.</param>
/// <param name="Line">1-based line, 0 when the problem is the whole file.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="RuleName">The rule the problem is in, if any.</param>
/// <param name="Message">What is wrong, for a policy officer.</param>
public sealed record RuleSetProblem(string Code, string File, int Line, int Column, string? RuleName, string Message)
{
    /// <summary>file:line:column: CODE [rule]: message — the form compilers use, so editors can jump to it.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Code}{(RuleName is null ? string.Empty : $" [{RuleName}]")}: {Message}";
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>The literal values written in a rule expression.</summary>
internal static partial class ExpressionLiterals
{
    public static IReadOnlyList<string> Strings(string expression) =>
        StringLiteral().Matches(expression).Select(m => Regex.Unescape(m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<int> WholeNumbers(string expression) =>
        NumberLiteral().Matches(StringLiteral().Replace(expression, "\"\""))
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToArray();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.])\d{1,6}(?![\w.])")]
    private static partial Regex NumberLiteral();
}

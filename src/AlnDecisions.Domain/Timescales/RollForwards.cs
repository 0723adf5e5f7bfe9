namespace AlnDecisions.Domain.Timescales;

/// <summary>The codes rule files and the contract use for <see cref="RollForward"/> (REG_2_4 keeps its regulation's numbering).</summary>
public static class RollForwards
{
    private static readonly (RollForward Value, string Code)[] Codes =
    [
        (RollForward.None, "NONE"),
        (RollForward.Reg24, "REG_2_4"),
        (RollForward.EtwFirstWorkingDay, "ETW_FIRST_WORKING_DAY"),
    ];

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Codes.Select(c => c.Code).ToArray();

    /// <summary>The code of <paramref name="value"/>, e.g. REG_2_4.</summary>
    public static string Code(this RollForward value) => Codes.Single(c => c.Value == value).Code;

    /// <summary>Parses a code; false for any other text.</summary>
    public static bool TryParse(string? code, out RollForward value)
    {
        foreach (var (candidate, name) in Codes)
        {
            if (string.Equals(name, code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Whether a last day that is not a working day moves to the next working day.</summary>
    public static bool MovesToWorkingDay(this RollForward value) => value is RollForward.Reg24 or RollForward.EtwFirstWorkingDay;
}

namespace AlnDecisions.Domain;

/// <summary>
/// One thing an outcome waits for: a fact the caller can give, a term calendar or a rule set the
/// rules directory lacks. Closed: the contract renders each without prose, and a list holds each once.
/// </summary>
public abstract record MissingInformation
{
    private MissingInformation()
    {
    }

    /// <summary>A fact, by its proto3 JSON name from the request root.</summary>
    public sealed record Fact(string Name) : MissingInformation
    {
        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>Term dates or bank holidays no calendar file covers.</summary>
    /// <param name="Kind">Which calendar.</param>
    /// <param name="Authority">For school terms: the authority whose dates are needed.</param>
    /// <param name="SettingReference">The setting whose own calendar is needed, if it is a setting's.</param>
    /// <param name="AcademicYear">For terms, e.g. 2026-27.</param>
    /// <param name="Year">For bank holidays: the calendar year.</param>
    public sealed record Calendar(CalendarKind Kind, string? Authority, string? SettingReference, string? AcademicYear, int? Year) : MissingInformation
    {
        /// <inheritdoc />
        public override string ToString() => Kind switch
        {
            CalendarKind.BankHolidays => $"bank holidays for {Year}",
            CalendarKind.FeiTerms => $"the term-time calendar of FEI {SettingReference} for {AcademicYear}",
            _ => $"the school calendar for {Authority}{(SettingReference is null ? string.Empty : $", setting {SettingReference}")} for {AcademicYear}",
        };
    }

    /// <summary>No rule set answers this kind for this authority on this date.</summary>
    public sealed record RuleSet(DecisionKind Kind, string Authority, DateOnly Date) : MissingInformation
    {
        /// <inheritdoc />
        public override string ToString() => $"a {UpperSnakeCase.From(Kind)} rule set for {Authority} in force on {Date:yyyy-MM-dd}";
    }
}

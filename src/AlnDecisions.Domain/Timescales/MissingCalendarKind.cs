namespace AlnDecisions.Domain.Timescales;

/// <summary>Which calendar a deadline needed and did not have.</summary>
public enum MissingCalendarKind
{
    /// <summary>The setting's term calendar (school days or FEI term-time days).</summary>
    TermCalendar,

    /// <summary>The bank-holiday list, needed to move a last day that is not a working day (reg 2(4)).</summary>
    BankHolidays,
}

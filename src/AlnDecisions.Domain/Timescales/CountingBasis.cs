namespace AlnDecisions.Domain.Timescales;

/// <summary>How the days of a statutory period are counted.</summary>
public enum CountingBasis
{
    /// <summary>Days the school meets its pupils, from the school's term calendar (35 school days, Code 12.12 as cited).</summary>
    SchoolDays,

    /// <summary>Term-time days of a further education institution, from the institution's own calendar (Code 16.16 as cited; reg 13(2)).</summary>
    FeiTermTimeDays,

    /// <summary>Every day of the calendar; whether a last day that is not a working day moves is the timescale's <see cref="RollForward"/>.</summary>
    CalendarDays,

    /// <summary>Weeks of seven calendar days (12 weeks, 6 weeks); whether a last day that is not a working day moves is the timescale's <see cref="RollForward"/>.</summary>
    CalendarWeeks,

    /// <summary>Calendar months (an IDP review within 12 months); whether a last day that is not a working day moves is the timescale's <see cref="RollForward"/>.</summary>
    Months,
}

namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// What <see cref="DeadlineCalculator"/> made of a statutory period: a due date, a clock that is
/// still paused, or the first date no calendar covers. Match on the three cases; there are no
/// others.
/// </summary>
public abstract record DeadlineComputation
{
    // Closed: only the cases below derive from it.
    private DeadlineComputation()
    {
    }

    /// <summary>The period has a due date.</summary>
    /// <param name="DueDate">The last day for the duty: a term day for a term basis; a working day for a calendar basis.</param>
    /// <param name="RolledForwardFrom">
    /// For a calendar basis, the period's last day when it was not a working day and the due date
    /// moved to the next working day under the period's roll-forward; null otherwise, and always null for a term basis.
    /// </param>
    /// <param name="PausedDays">Counted days (term days, or calendar days) skipped because the clock was paused.</param>
    public sealed record Computed(DateOnly DueDate, DateOnly? RolledForwardFrom, int PausedDays) : DeadlineComputation;

    /// <summary>The clock stopped before the period ran out and has not resumed, so there is no due date yet.</summary>
    /// <param name="PausedSince">The first day of the pause that is still open.</param>
    /// <param name="DaysCounted">Counted days of the period used before the clock stopped.</param>
    /// <param name="PausedDays">Counted days paused so far, up to and including the "as of" date (earlier pauses included).</param>
    public sealed record Paused(DateOnly PausedSince, int DaysCounted, int PausedDays) : DeadlineComputation;

    /// <summary>A calendar the period needs does not cover a date; no date is guessed from weekdays.</summary>
    /// <param name="FirstUncoveredDate">The first date the calculation needed and no calendar covers.</param>
    /// <param name="Calendar">Which calendar is missing.</param>
    public sealed record MissingCalendar(DateOnly FirstUncoveredDate, MissingCalendarKind Calendar) : DeadlineComputation;
}

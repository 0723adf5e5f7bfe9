namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// Works out the due date of a statutory period from the event that starts it, the counting
/// basis, recorded pauses and the calendars. Days are walked one at a time, so a pause, a
/// holiday or a missing calendar year is met exactly where it falls. Every date the answer rests on
/// comes from a calendar; where none covers a date the result says which date, never a guess.
/// </summary>
public static class DeadlineCalculator
{
    /// <summary>Computes the due date of a period.</summary>
    /// <param name="eventDate">The event that starts the clock (brought to attention, consent, receipt).</param>
    /// <param name="start">Whether the event's own day is the first day of the period.</param>
    /// <param name="basis">How days are counted.</param>
    /// <param name="length">How many days, weeks or months; at least 1.</param>
    /// <param name="rollForward">For a calendar basis: whether a last day that is not a working day moves to the next, as the period's source says; ignored for term bases.</param>
    /// <param name="pauses">Recorded pauses, in any order; overlapping pauses count a day once.</param>
    /// <param name="workingDays">Bank holidays, for moving a calendar-basis last day to a working day; not read when nothing moves.</param>
    /// <param name="terms">The setting's term calendar; needed for <see cref="CountingBasis.SchoolDays"/> and <see cref="CountingBasis.FeiTermTimeDays"/>, ignored otherwise.</param>
    /// <param name="asOf">Today: the end of the count of paused days when a pause is still open.</param>
    /// <returns>A due date, a clock still paused, or the first date no calendar covers.</returns>
    public static DeadlineComputation Compute(
        DateOnly eventDate,
        PeriodStart start,
        CountingBasis basis,
        int length,
        RollForward rollForward,
        IReadOnlyList<ClockPause> pauses,
        WorkingDays workingDays,
        TermCalendar? terms,
        DateOnly asOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentNullException.ThrowIfNull(pauses);
        ArgumentNullException.ThrowIfNull(workingDays);
        if (!Enum.IsDefined(start))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "unknown period start");
        }

        if (!Enum.IsDefined(rollForward))
        {
            throw new ArgumentOutOfRangeException(nameof(rollForward), rollForward, "unknown roll-forward");
        }

        var firstDay = start == PeriodStart.DayAfterEvent ? eventDate.AddDays(1) : eventDate;
        return basis switch
        {
            CountingBasis.SchoolDays or CountingBasis.FeiTermTimeDays => CountTermDays(firstDay, length, pauses, terms, asOf),
            CountingBasis.CalendarDays or CountingBasis.CalendarWeeks or CountingBasis.Months =>
                CountCalendarDays(firstDay, UnpausedLastDay(eventDate, start, basis, length), rollForward, pauses, workingDays, asOf),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "unknown counting basis"),
        };
    }

    /// <summary>The period's last day with no pauses, before any roll-forward.</summary>
    private static DateOnly UnpausedLastDay(DateOnly eventDate, PeriodStart start, CountingBasis basis, int length)
    {
        // A period beginning the day after D ends on D + period (N weeks after D end on D + 7N);
        // one beginning on D ends a day earlier. DateOnly.AddMonths clamps to the end of a shorter
        // month, so 31 January + 1 month is the last day of February.
        var afterEvent = basis switch
        {
            CountingBasis.CalendarDays => eventDate.AddDays(length),
            CountingBasis.CalendarWeeks => eventDate.AddDays(checked(7 * length)),
            _ => eventDate.AddMonths(length),
        };
        // A period of months starting with D ends the day before the corresponding date, but when the
        // final month has no corresponding date (29 Feb + 12 months) it ends on that month's last day.
        var noCorrespondingDate = basis == CountingBasis.Months && afterEvent.Day != eventDate.Day;
        return start == PeriodStart.DayAfterEvent || noCorrespondingDate ? afterEvent : afterEvent.AddDays(-1);
    }

    private static DeadlineComputation CountTermDays(DateOnly firstDay, int length, IReadOnlyList<ClockPause> pauses, TermCalendar? terms, DateOnly asOf)
    {
        if (terms is null)
        {
            return new DeadlineComputation.MissingCalendar(firstDay, MissingCalendarKind.TermCalendar);
        }

        var counted = 0;
        var paused = 0;

        // Ends: the calendar covers finitely many school years, so the walk reaches a term day
        // number `length` or an uncovered date.
        for (var day = firstDay; ; day = day.AddDays(1))
        {
            if (!terms.Covers(day))
            {
                return new DeadlineComputation.MissingCalendar(day, MissingCalendarKind.TermCalendar);
            }

            if (!terms.IsTermDay(day))
            {
                continue;
            }

            if (OpenPauseAt(pauses, day) is { } open)
            {
                return PausedTermDays(open, day, counted, paused, terms, asOf);
            }

            if (IsPaused(pauses, day))
            {
                paused++;
                continue;
            }

            if (++counted == length)
            {
                // A term-basis due date is a day the setting is open; no roll-forward has anything to move.
                return new DeadlineComputation.Computed(day, null, paused);
            }
        }
    }

    private static DeadlineComputation PausedTermDays(ClockPause open, DateOnly firstPausedDay, int counted, int paused, TermCalendar terms, DateOnly asOf)
    {
        for (var day = firstPausedDay; day <= asOf; day = day.AddDays(1))
        {
            if (!terms.Covers(day))
            {
                return new DeadlineComputation.MissingCalendar(day, MissingCalendarKind.TermCalendar);
            }

            if (terms.IsTermDay(day))
            {
                paused++;
            }
        }

        return new DeadlineComputation.Paused(open.From, counted, paused);
    }

    private static DeadlineComputation CountCalendarDays(DateOnly firstDay, DateOnly unpausedLastDay, RollForward rollForward, IReadOnlyList<ClockPause> pauses, WorkingDays workingDays, DateOnly asOf)
    {
        // The period is so many calendar days long; paused days do not count, so each one moves
        // the last day a day later.
        var length = unpausedLastDay.DayNumber - firstDay.DayNumber + 1;
        var counted = 0;
        var paused = 0;
        var lastDay = firstDay;
        for (var day = firstDay; counted < length; day = day.AddDays(1))
        {
            if (OpenPauseAt(pauses, day) is { } open)
            {
                var pausedSoFar = paused + Math.Max(0, asOf.DayNumber - day.DayNumber + 1);
                return new DeadlineComputation.Paused(open.From, counted, pausedSoFar);
            }

            if (IsPaused(pauses, day))
            {
                paused++;
                continue;
            }

            counted++;
            lastDay = day;
        }

        // A period whose source provides no extension ends on its last day, whatever day that is
        // (the Act's s.23 review period, ETW reg 53(2)); no bank holiday needs to be known.
        if (!rollForward.MovesToWorkingDay())
        {
            return new DeadlineComputation.Computed(lastDay, null, paused);
        }

        // Reg 2(4), or the Tribunal Regulations' "first working day after": a last day that is not
        // a working day moves to the next working day. Every day looked at must be covered by the
        // bank-holiday list; a weekday guess could land on one.
        for (var day = lastDay; ; day = day.AddDays(1))
        {
            if (!workingDays.Covers(day))
            {
                return new DeadlineComputation.MissingCalendar(day, MissingCalendarKind.BankHolidays);
            }

            if (workingDays.IsWorkingDay(day))
            {
                return new DeadlineComputation.Computed(day, day == lastDay ? null : lastDay, paused);
            }
        }
    }

    /// <summary>The open pause holding <paramref name="day"/>; of several, the earliest, since that is when the clock stopped.</summary>
    private static ClockPause? OpenPauseAt(IReadOnlyList<ClockPause> pauses, DateOnly day)
    {
        ClockPause? earliest = null;
        foreach (var pause in pauses)
        {
            if (pause.IsOpen && pause.Contains(day) && (earliest is null || pause.From < earliest.From))
            {
                earliest = pause;
            }
        }

        return earliest;
    }

    private static bool IsPaused(IReadOnlyList<ClockPause> pauses, DateOnly day)
    {
        foreach (var pause in pauses)
        {
            if (pause.Contains(day))
            {
                return true;
            }
        }

        return false;
    }
}

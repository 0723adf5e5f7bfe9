namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// Working days for the roll-forward rule (ALN (Wales) Regulations 2021, reg 2(4)): Monday to
/// Friday, except bank holidays. The bank-holiday list is published a year or two ahead, so this
/// knows which calendar years its list covers and refuses to answer for any other: a weekday guess
/// would call the next unannounced bank holiday a working day.
/// </summary>
public sealed class WorkingDays
{
    private readonly HashSet<DateOnly> _bankHolidays;
    private readonly HashSet<int> _coveredYears;

    /// <summary>Builds the working days from a list of bank holidays and the calendar years that list is complete for.</summary>
    /// <param name="bankHolidays">Every bank holiday in <paramref name="coveredYears"/>.</param>
    /// <param name="coveredYears">Calendar years for which <paramref name="bankHolidays"/> is the whole list.</param>
    /// <exception cref="ArgumentException">A bank holiday falls in a year the list does not cover.</exception>
    public WorkingDays(IEnumerable<DateOnly> bankHolidays, IEnumerable<int> coveredYears)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        ArgumentNullException.ThrowIfNull(coveredYears);
        _coveredYears = [.. coveredYears];
        _bankHolidays = [.. bankHolidays];
        var outside = _bankHolidays.Where(day => !_coveredYears.Contains(day.Year)).Order().ToArray();
        if (outside.Length > 0)
        {
            throw new ArgumentException($"bank holiday {outside[0]:yyyy-MM-dd} is in {outside[0].Year}, which the list does not say it covers", nameof(bankHolidays));
        }

        CoveredYears = [.. _coveredYears.Order()];
    }

    /// <summary>Working days with no bank-holiday list at all: every question about a date is unanswerable.</summary>
    public static WorkingDays None { get; } = new([], []);

    /// <summary>The calendar years the bank-holiday list covers, in order.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>Whether the bank-holiday list covers the calendar year of <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => _coveredYears.Contains(date.Year);

    /// <summary>Monday to Friday and not a bank holiday.</summary>
    /// <exception cref="InvalidOperationException">The list does not cover <paramref name="date"/>'s year; check <see cref="Covers"/> first.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(date);
    }

    /// <summary><paramref name="date"/> itself if it is a working day, else the next one.</summary>
    /// <exception cref="InvalidOperationException">The search reaches a year the list does not cover.</exception>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private void EnsureCovered(DateOnly date)
    {
        if (!Covers(date))
        {
            throw new InvalidOperationException(
                $"no bank-holiday list covers {date:yyyy-MM-dd} (lists cover {(CoveredYears.Count == 0 ? "no year" : string.Join(", ", CoveredYears))}); whether it is a working day is unknown");
        }
    }
}

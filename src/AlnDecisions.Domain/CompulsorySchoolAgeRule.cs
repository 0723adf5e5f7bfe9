namespace AlnDecisions.Domain;

/// <summary>
/// When a child starts and stops being of compulsory school age. The Act uses the boundary
/// (s.2(2)–(3)) but does not define it, so its values come from the national rule set, never from
/// code: the defaults there follow the Education Act 1996 s.8, the Education (Start of Compulsory
/// School Age) Order 1998 and the Education (School Leaving Date) Order 1997.
/// </summary>
/// <param name="StartAgeYears">The birthday after which compulsory school age begins (5).</param>
/// <param name="StartPrescribedDays">Month and day on which it begins after that birthday (31 Mar, 31 Aug, 31 Dec).</param>
/// <param name="LeavingAgeYears">The birthday that leads to the school leaving date (16).</param>
/// <param name="LeavingMonth">The month of the school leaving date (June).</param>
/// <param name="LeavingWeekday">The school leaving date is the last such weekday of <paramref name="LeavingMonth"/> (Friday).</param>
/// <param name="SchoolYearStartMonth">The month a school year begins (September, on the 1st).</param>
public sealed record CompulsorySchoolAgeRule(
    int StartAgeYears,
    IReadOnlyList<(int Month, int Day)> StartPrescribedDays,
    int LeavingAgeYears,
    int LeavingMonth,
    DayOfWeek LeavingWeekday,
    int SchoolYearStartMonth)
{
    /// <summary>The first day of compulsory school age for someone born on <paramref name="dateOfBirth"/>.</summary>
    public DateOnly StartsOn(DateOnly dateOfBirth)
    {
        var birthday = AddYears(dateOfBirth, StartAgeYears);
        var candidates = new List<DateOnly>();
        foreach (var year in new[] { birthday.Year, birthday.Year + 1 })
        {
            foreach (var (month, day) in StartPrescribedDays)
            {
                candidates.Add(new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));
            }
        }

        return candidates.Where(day => day >= birthday).Min();
    }

    /// <summary>The last day of compulsory school age (the school leaving date that applies).</summary>
    public DateOnly EndsOn(DateOnly dateOfBirth)
    {
        var birthday = AddYears(dateOfBirth, LeavingAgeYears);
        var nextSchoolYear = new DateOnly(birthday.Year, SchoolYearStartMonth, 1);

        // EA 1996 s.8(3)-(4): a birthday before the next school year begins ends compulsory school
        // age on that calendar year's leaving date (even if the birthday falls after it in summer).
        return birthday < nextSchoolYear ? LeavingDate(birthday.Year) : LeavingDate(birthday.Year + 1);
    }

    /// <summary>The school leaving date in a calendar year: the last <see cref="LeavingWeekday"/> of <see cref="LeavingMonth"/>.</summary>
    public DateOnly LeavingDate(int year)
    {
        var day = new DateOnly(year, LeavingMonth, DateTime.DaysInMonth(year, LeavingMonth));
        while (day.DayOfWeek != LeavingWeekday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static DateOnly AddYears(DateOnly date, int years) => date.AddYears(years);
}

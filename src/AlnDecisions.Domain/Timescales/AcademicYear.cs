using System.Globalization;

namespace AlnDecisions.Domain.Timescales;

/// <summary>A school year in Wales, 1 September to 31 August, written as calendars name it (2025-26).</summary>
/// <param name="StartYear">The calendar year in which the school year begins (2025 for 2025-26).</param>
public readonly record struct AcademicYear(int StartYear)
{
    /// <summary>1 September of <see cref="StartYear"/>.</summary>
    public DateOnly FirstDay => new(StartYear, 9, 1);

    /// <summary>31 August of the following calendar year.</summary>
    public DateOnly LastDay => new(StartYear + 1, 8, 31);

    /// <summary>The school year <paramref name="date"/> falls in.</summary>
    public static AcademicYear Of(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    /// <summary>Whether <paramref name="date"/> falls in this school year.</summary>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>Reads "2025-26". The second part must be the year after the first, so a typo such as "2025-27" is refused.</summary>
    public static bool TryParse(string? text, out AcademicYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start < 1000 || (start + 1) % 100 != end)
        {
            return false;
        }

        year = new AcademicYear(start);
        return true;
    }

    /// <summary>"2025-26".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear:0000}-{(StartYear + 1) % 100:00}");
}

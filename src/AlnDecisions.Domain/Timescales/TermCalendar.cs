namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// The days a setting is open to its pupils, for one or more whole school years: weekdays inside
/// a term block that are not closures (INSET days, a bank holiday in term such as the Early May
/// bank holiday). A date in a year the calendar does not cover is never a term day, and
/// <see cref="Covers"/> says so, so a caller can report the missing year instead of guessing.
/// </summary>
public sealed class TermCalendar
{
    private readonly HashSet<int> _years;
    private readonly TermRange[] _terms;
    private readonly HashSet<DateOnly> _closures;

    /// <summary>Builds a calendar.</summary>
    /// <param name="name">Which calendar this is, for explanations (e.g. "cardiff: wales-harmonised 2025-26").</param>
    /// <param name="source">Where its dates come from, for explanations.</param>
    /// <param name="academicYears">The school years the calendar is complete for.</param>
    /// <param name="terms">The term blocks; each lies inside one of <paramref name="academicYears"/> and no two overlap.</param>
    /// <param name="closures">Days inside terms on which the setting is shut to pupils.</param>
    /// <exception cref="ArgumentException">A term lies outside the covered years or overlaps another.</exception>
    public TermCalendar(string name, string source, IEnumerable<AcademicYear> academicYears, IEnumerable<TermRange> terms, IEnumerable<DateOnly> closures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(academicYears);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(closures);
        Name = name;
        Source = source;
        AcademicYears = [.. academicYears.Distinct().OrderBy(year => year.StartYear)];
        _years = [.. AcademicYears.Select(year => year.StartYear)];
        _terms = [.. terms.OrderBy(term => term.Start)];
        _closures = [.. closures];

        foreach (var term in _terms)
        {
            var year = AcademicYear.Of(term.Start);
            if (!_years.Contains(year.StartYear) || !year.Contains(term.End))
            {
                throw new ArgumentException($"term {term.Start:yyyy-MM-dd} to {term.End:yyyy-MM-dd} is not inside one of the calendar's school years", nameof(terms));
            }
        }

        for (var i = 1; i < _terms.Length; i++)
        {
            if (_terms[i].Start <= _terms[i - 1].End)
            {
                throw new ArgumentException($"term starting {_terms[i].Start:yyyy-MM-dd} overlaps the one ending {_terms[i - 1].End:yyyy-MM-dd}", nameof(terms));
            }
        }
    }

    /// <summary>Which calendar this is, for explanations.</summary>
    public string Name { get; }

    /// <summary>Where its dates come from, for explanations.</summary>
    public string Source { get; }

    /// <summary>The school years the calendar covers, in order.</summary>
    public IReadOnlyList<AcademicYear> AcademicYears { get; }

    /// <summary>Whether the calendar covers the school year of <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => _years.Contains(AcademicYear.Of(date).StartYear);

    /// <summary>A covered weekday inside a term block that is not a closure.</summary>
    public bool IsTermDay(DateOnly date) =>
        Covers(date)
        && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_closures.Contains(date)
        && InTerm(date);

    private bool InTerm(DateOnly date)
    {
        // Terms are sorted and disjoint: find the last block starting on or before the date.
        int low = 0, high = _terms.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_terms[mid].Start <= date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return high >= 0 && _terms[high].Contains(date);
    }
}

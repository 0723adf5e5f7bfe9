namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// A recorded stop of a statutory clock. Counted days inside it (school or term-time days for a
/// term basis, calendar days for a calendar basis) do not count, so the due date moves later by
/// that many counted days. Which circumstances may pause a clock is not confirmed in the Code, so
/// the reason and its evidence belong to the caller; this records only when.
/// </summary>
/// <param name="From">The first paused day (inclusive).</param>
/// <param name="Until">The day the clock resumes (exclusive), or null while it is still paused.</param>
public sealed record ClockPause(DateOnly From, DateOnly? Until)
{
    // Both properties are get-only so a `with` expression cannot slip past the check below.

    /// <summary>The first paused day (inclusive).</summary>
    public DateOnly From { get; } = From;

    /// <summary>The day the clock resumes (exclusive); null while it is still paused. Never before <see cref="From"/>.</summary>
    public DateOnly? Until { get; } = Until is { } until && until < From
        ? throw new ArgumentOutOfRangeException(nameof(Until), until, $"a pause cannot resume ({until:yyyy-MM-dd}) before it starts ({From:yyyy-MM-dd})")
        : Until;

    /// <summary>True while the clock has not resumed.</summary>
    public bool IsOpen => Until is null;

    /// <summary>Whether <paramref name="date"/> falls inside the pause.</summary>
    public bool Contains(DateOnly date) => date >= From && (Until is not { } until || date < until);
}

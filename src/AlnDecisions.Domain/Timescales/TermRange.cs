namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// One block of term (usually a half-term), inclusive at both ends. Holidays, half-terms included,
/// are the gaps between blocks, so a calendar never has to list its holidays.
/// </summary>
/// <param name="Start">The block's first day.</param>
/// <param name="End">The block's last day; never before <paramref name="Start"/>.</param>
public sealed record TermRange(DateOnly Start, DateOnly End)
{
    // Both properties are get-only so a `with` expression cannot slip past the check below.

    /// <summary>The block's first day.</summary>
    public DateOnly Start { get; } = Start;

    /// <summary>The block's last day; never before <see cref="Start"/>.</summary>
    public DateOnly End { get; } = End < Start
        ? throw new ArgumentOutOfRangeException(nameof(End), End, $"a term cannot end ({End:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd})")
        : End;

    /// <summary>Whether <paramref name="date"/> falls in the block.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

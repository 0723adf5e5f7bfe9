namespace AlnDecisions.Store;

/// <summary>
/// Which recorded decisions to list: every filter given must match (a null filter matches
/// everything). Pages run newest first by decision id, which is time-sortable, so a page boundary
/// never moves when decisions are recorded meanwhile.
/// </summary>
public sealed record DecisionQuery
{
    /// <summary>The largest page the store returns.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size when none is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Only this case reference.</summary>
    public string? CaseReference { get; init; }

    /// <summary>Only decisions made for this calling authority.</summary>
    public string? Authority { get; init; }

    /// <summary>Only decisions that decided this kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Only decision dates on or after this day.</summary>
    public DateOnly? DecidedFrom { get; init; }

    /// <summary>Only decision dates on or before this day.</summary>
    public DateOnly? DecidedTo { get; init; }

    /// <summary>How many decisions a page holds, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The <see cref="DecisionPage.NextPageToken"/> of the previous page of the same query; null for the first page.</summary>
    public string? PageToken { get; init; }
}

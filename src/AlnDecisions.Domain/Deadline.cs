using AlnDecisions.Domain.Timescales;

namespace AlnDecisions.Domain;

/// <summary>One statutory deadline, with how it was worked out, so nobody has to ask when the clock started or stopped.</summary>
/// <param name="Step">The rule's name.</param>
/// <param name="DueDate">Null while the clock is paused.</param>
/// <param name="StartEvent">The event that started the clock.</param>
/// <param name="StartDate">When it happened.</param>
/// <param name="Basis">How days were counted.</param>
/// <param name="Length">How many of them.</param>
/// <param name="PausedDays">Counted days the clock was paused for.</param>
/// <param name="RolledForwardFrom">The last day before it moved to a working day under <see cref="RollForward"/>.</param>
/// <param name="Status">As of the decision date.</param>
/// <param name="MetOn">When the step was met, if it was.</param>
/// <param name="Citations">The source of the timescale.</param>
/// <param name="Text">What the step is, in English and Welsh.</param>
/// <param name="Calendar">The term calendar counted on, for term bases.</param>
/// <param name="ExcusedReason">Why a late step is excused, when it is.</param>
public sealed record Deadline(
    string Step,
    DateOnly? DueDate,
    CaseEventKind StartEvent,
    DateOnly StartDate,
    CountingBasis Basis,
    int Length,
    int PausedDays,
    DateOnly? RolledForwardFrom,
    DeadlineStatusKind Status,
    DateOnly? MetOn,
    IReadOnlyList<Citation> Citations,
    LocalisedText Text,
    string? Calendar,
    string? ExcusedReason)
{
    /// <summary>For a calendar basis: whose rule, if any, moves a last day that is not a working day; null for term bases.</summary>
    public RollForward? RollForward { get; init; }
}

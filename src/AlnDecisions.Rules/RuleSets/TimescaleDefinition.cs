using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// One statutory timescale, as data: which event starts the clock, how days are counted, for how
/// long, and which event meets it. The rule's expression says to whom it applies.
/// </summary>
/// <param name="StartEvents">The latest of these events starts (or restarts) the clock.</param>
/// <param name="StartBodies">Only events concerning these bodies count; empty for any.</param>
/// <param name="PeriodStart">Whether the period begins on the day of the event or the day after.</param>
/// <param name="Basis">How days are counted.</param>
/// <param name="Length">How many.</param>
/// <param name="MetBy">The first of these events on or after the start meets the step; empty when nothing can (a review date).</param>
/// <param name="MetByBodies">Only events concerning these bodies meet it; empty for any.</param>
/// <param name="ExtendedBy">An event that, if it happens before the due date, lengthens the period.</param>
/// <param name="ExtensionLength">By how many of the same units.</param>
/// <param name="MetBySameBody">Only an event by the body the starting event concerns meets the step (a reply from the body asked).</param>
/// <param name="RollForward">For a calendar basis: whether a last day that is not a working day moves, as the period's source says; null for term bases, whose last day is always a day the setting is open.</param>
public sealed record TimescaleDefinition(
    IReadOnlyList<CaseEventKind> StartEvents,
    IReadOnlyList<EventBody> StartBodies,
    PeriodStart PeriodStart,
    CountingBasis Basis,
    int Length,
    IReadOnlyList<CaseEventKind> MetBy,
    IReadOnlyList<EventBody> MetByBodies,
    CaseEventKind? ExtendedBy,
    int ExtensionLength,
    bool MetBySameBody = false,
    RollForward? RollForward = null);

namespace AlnDecisions.Rules.Calendars;

/// <summary>One school year of one authority in authorities.json.</summary>
/// <param name="CalendarId">The term calendar its maintained schools follow.</param>
/// <param name="Source">Why, on one line.</param>
/// <param name="InsetDays">
/// The INSET days the authority sets for all its schools; null when each school sets its own, so a
/// school's days can be counted only with its own file (an authority calendar alone would count
/// INSET days as school days, making deadlines early and breaches false).
/// </param>
internal sealed record AuthorityYear(string CalendarId, string Source, IReadOnlyList<DateOnly>? InsetDays);

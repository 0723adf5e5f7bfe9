using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Calendars;

/// <summary>A loaded calendars directory and every problem found in it.</summary>
/// <param name="Catalog">
/// Always usable. A file with problems contributes nothing, so the dates it would have supplied
/// report as missing (and a setting whose file has problems gets no calendar at all) rather than
/// being guessed.
/// </param>
/// <param name="Problems">Every problem, each with file (relative to the calendars directory), line and column; empty when all is well.</param>
public sealed record CalendarLoadResult(CalendarCatalog Catalog, IReadOnlyList<RuleSetProblem> Problems);

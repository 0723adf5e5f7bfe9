using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.Calendars;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Evaluation;

/// <summary>
/// Works out every statutory deadline a case's events start. Unlike the other kinds this is not a
/// first-match list: every timescale rule whose expression applies to the learner and whose start
/// event has happened gives a deadline. The timescales, pause reasons and calendars are all data.
/// </summary>
internal static class TimescaleEvaluator
{
    private static readonly Outcome DeadlinesComputed = new("DEADLINES_COMPUTED");
    private static readonly Outcome NoDeadlines = new("NO_DEADLINES");

    public static Decision Decide(RuleSetCatalog catalog, CompiledRuleSet timescales, CompiledRuleSet? authorityFile, DecisionCase decisionCase, FactSnapshot facts, bool explain)
    {
        var events = decisionCase.Events;
        var asOf = decisionCase.DecisionDate;
        var pauseReasons = (authorityFile?.Definition.PauseReasons ?? timescales.Definition.PauseReasons ?? []).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var setting = new SettingOfCase(
            facts[facts.Model.Require("learner.setting.authority")] as string,
            facts[facts.Model.Require("learner.setting.reference")] as string);

        var reasons = new List<Reason>();
        var deadlines = new List<Deadline>();
        var missing = new List<MissingInformation>();
        var notes = new List<LocalisedText>();
        foreach (var rule in timescales.Rules)
        {
            var timescale = rule.Definition.Timescale!;
            var start = events.Where(e => timescale.StartEvents.Contains(e.Kind) && Matches(e.Body, timescale.StartBodies))
                .OrderBy(e => e.Date).LastOrDefault();
            if (start is null)
            {
                if (explain)
                {
                    reasons.Add(rule.ReasonFor(RuleResult.NotApplicable, facts));
                }

                continue;
            }

            var (applies, sensitive) = UnknownFacts.Probe(rule.Expression, facts);
            if (explain)
            {
                reasons.Add(rule.ReasonFor(applies, facts));
            }

            if (applies == RuleResult.Undetermined)
            {
                missing.AddRange(sensitive);
                continue;
            }

            if (applies != RuleResult.Passed)
            {
                continue;
            }

            var pauses = Pauses(events, rule.Name, start.Date, pauseReasons, notes);
            var computed = Compute(catalog, setting, decisionCase, timescale, timescale.Length, start.Date, pauses, asOf, out var calendarName, missing);
            if (computed is null)
            {
                continue;
            }

            var length = timescale.Length;
            if (timescale.ExtendedBy is { } extension && computed is DeadlineComputation.Computed first
                && events.Any(e => e.Kind == extension && e.Date >= start.Date && e.Date <= first.DueDate))
            {
                length += timescale.ExtensionLength;
                computed = Compute(catalog, setting, decisionCase, timescale, length, start.Date, pauses, asOf, out calendarName, missing);
                if (computed is null)
                {
                    continue;
                }
            }

            var metOn = timescale.MetBy.Count == 0 ? null : events
                .Where(e => timescale.MetBy.Contains(e.Kind) && Matches(e.Body, timescale.MetByBodies) && e.Date >= start.Date
                    && (!timescale.MetBySameBody || (e.Body is not null && e.Body == start.Body)))
                .OrderBy(e => e.Date).FirstOrDefault()?.Date;
            var excuse = events.Where(e => e.Kind == CaseEventKind.DelayBeyondControl && (e.Step is null || e.Step == rule.Name) && e.Date >= start.Date)
                .Select(e => e.Reason).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
            deadlines.Add((computed switch
            {
                DeadlineComputation.Computed c => new Deadline(rule.Name, c.DueDate, start.Kind, start.Date, timescale.Basis, length, c.PausedDays, c.RolledForwardFrom,
                    DeadlineStatus.StatusOf(c.DueDate, metOn, asOf, excuse is not null), metOn, rule.Definition.Citations, rule.Definition.Text, calendarName,
                    DeadlineStatus.StatusOf(c.DueDate, metOn, asOf, excuse is not null) == DeadlineStatusKind.Excused ? excuse : null),
                DeadlineComputation.Paused p => new Deadline(rule.Name, null, start.Kind, start.Date, timescale.Basis, length, p.PausedDays, null,
                    metOn is null ? DeadlineStatusKind.Paused : DeadlineStatusKind.Met, metOn, rule.Definition.Citations, rule.Definition.Text, calendarName, null),
                _ => throw new InvalidOperationException("a missing calendar is reported before this point"),
            }) with { RollForward = timescale.RollForward });
        }

        var used = new List<RuleSetReference> { timescales.Reference };
        if (authorityFile is not null)
        {
            used.Add(authorityFile.Reference);
        }

        var distinctMissing = missing.Distinct().ToArray();
        var outcome = distinctMissing.Length > 0 ? Outcome.MoreInformationNeeded : deadlines.Count > 0 ? DeadlinesComputed : NoDeadlines;
        var nextSteps = new List<LocalisedText>(notes);
        if (distinctMissing.Length > 0)
        {
            nextSteps.Add(ExplanationText.ProvideMissingFacts);
        }

        return new Decision(DecisionKind.StatutoryTimescales, outcome,
            new Explanation(ExplanationText.Deadlines(outcome, deadlines, distinctMissing), reasons, distinctMissing, nextSteps, null),
            used, Layer.Statutory, Decision.NoFields, deadlines);
    }

    private static bool Matches(EventBody? body, IReadOnlyList<EventBody> bodies) => bodies.Count == 0 || (body is { } known && bodies.Contains(known));

    /// <summary>Pairs each recorded pause with the resume after it; a reason the rules do not list does not stop the clock.</summary>
    private static List<ClockPause> Pauses(IReadOnlyList<CaseEvent> events, string step, DateOnly from, IReadOnlyDictionary<string, PauseReason> reasons, List<LocalisedText> notes)
    {
        var pauses = new List<ClockPause>();
        var ordered = events.Where(e => e.Step is null || e.Step == step).OrderBy(e => e.Date).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var pause = ordered[i];
            if (pause.Kind != CaseEventKind.ClockPaused || pause.Date < from)
            {
                continue;
            }

            if (pause.Reason is null || !reasons.ContainsKey(pause.Reason))
            {
                notes.Add(ExplanationText.PauseNotListed(step, pause.Reason ?? string.Empty, reasons.Keys));
                continue;
            }

            var resume = ordered.Skip(i + 1).FirstOrDefault(e => e.Kind == CaseEventKind.ClockResumed);
            pauses.Add(new ClockPause(pause.Date, resume?.Date));
        }

        return pauses;
    }

    private static DeadlineComputation? Compute(RuleSetCatalog catalog, SettingOfCase setting, DecisionCase decisionCase, TimescaleDefinition timescale, int length, DateOnly start,
        IReadOnlyList<ClockPause> pauses, DateOnly asOf, out string? calendarName, List<MissingInformation> missing)
    {
        calendarName = null;
        TermCalendar? terms = null;
        if (timescale.Basis is CountingBasis.SchoolDays or CountingBasis.FeiTermTimeDays)
        {
            if (setting.Authority is not { } authority)
            {
                missing.Add(new MissingInformation.Fact("learner.setting.authority"));
                return null;
            }

            // A year past the start covers any statutory term-day period, with pauses. FEI term-time
            // days come only from the institution's own calendar, never a school one.
            if (timescale.Basis == CountingBasis.FeiTermTimeDays && setting.Reference is null)
            {
                missing.Add(new MissingInformation.Fact("learner.setting.reference"));
                return null;
            }

            terms = timescale.Basis == CountingBasis.FeiTermTimeDays
                ? catalog.Calendars?.FeiCalendarFor(setting.Reference!, start, start.AddYears(1))
                : catalog.Calendars?.SchoolCalendarFor(authority, setting.Reference, start, start.AddYears(1));
            calendarName = terms?.Name;
            if (terms is null)
            {
                var firstDay = timescale.PeriodStart == PeriodStart.DayAfterEvent ? start.AddDays(1) : start;
                missing.Add(Terms(catalog, authority, setting.Reference, firstDay, timescale.Basis));
                return null;
            }
        }

        var computed = DeadlineCalculator.Compute(start, timescale.PeriodStart, timescale.Basis, length, timescale.RollForward ?? RollForward.None, pauses,
            catalog.Calendars?.BankHolidays ?? WorkingDays.None, terms, asOf);
        if (computed is DeadlineComputation.MissingCalendar gap)
        {
            missing.Add(gap.Calendar == MissingCalendarKind.BankHolidays
                ? new MissingInformation.Calendar(CalendarKind.BankHolidays, null, null, null, gap.FirstUncoveredDate.Year)
                : Terms(catalog, setting.Authority ?? decisionCase.Authority, setting.Reference, gap.FirstUncoveredDate, timescale.Basis));
            return null;
        }

        return computed;
    }

    // Never a guess by weekdays: the calendar that is missing is named, for the data to be added.
    // A school's days need its own INSET days unless its authority sets them for all its schools:
    // with no school named, the school is asked for; with one named, its file for the year.
    private static MissingInformation Terms(RuleSetCatalog catalog, string authority, string? reference, DateOnly date, CountingBasis basis)
    {
        var year = AcademicYear.Of(date).ToString();
        if (basis == CountingBasis.FeiTermTimeDays)
        {
            return new MissingInformation.Calendar(CalendarKind.FeiTerms, null, reference, year, null);
        }

        var gap = catalog.Calendars?.GapAt(authority, reference, date) ?? SchoolCalendarGap.AuthorityTerms;
        return gap == SchoolCalendarGap.SettingInsetDays && reference is null
            ? new MissingInformation.Fact("learner.setting.reference")
            : new MissingInformation.Calendar(CalendarKind.SchoolTerms, authority, gap == SchoolCalendarGap.AuthorityTerms ? null : reference, year, null);
    }

    private sealed record SettingOfCase(string? Authority, string? Reference);
}

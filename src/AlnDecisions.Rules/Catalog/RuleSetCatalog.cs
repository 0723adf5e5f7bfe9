using AlnDecisions.Domain;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// An immutable snapshot of every rule set in force, compiled and ready. A reload builds a new
/// catalog to the side and swaps the reference, so a request sees one whole catalog or another,
/// never a half-loaded mixture.
/// </summary>
public sealed class RuleSetCatalog
{
    internal RuleSetCatalog(
        string directory,
        IReadOnlyList<RuleSetFileState> files,
        RulesEngine.RulesEngine engine,
        DateTimeOffset loadedAt,
        Calendars.CalendarCatalog? calendars = null,
        IReadOnlyList<RuleSetProblem>? calendarProblems = null)
    {
        Calendars = calendars;
        CalendarProblems = calendarProblems ?? [];
        Directory = directory;
        Files = files;
        Engine = engine;
        LoadedAt = loadedAt;
        RuleSets = files.Where(file => file.Serving is not null).Select(file => file.Serving!)
            .OrderBy(set => set.Id, StringComparer.Ordinal).ThenBy(set => set.EffectiveFrom).ToArray();
    }

    /// <summary>The rules directory this catalog was loaded from.</summary>
    public string Directory { get; }

    /// <summary>Every rule-set file seen, with what serves from it and any rejected edit.</summary>
    public IReadOnlyList<RuleSetFileState> Files { get; }

    /// <summary>Every rule-set version serving, by id then effective date.</summary>
    public IReadOnlyList<RuleSetDefinition> RuleSets { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Every problem in the files as they are now on disk, rule sets and calendars.</summary>
    public IEnumerable<RuleSetProblem> Problems => Files.SelectMany(file => file.RejectedEdit).Concat(CalendarProblems);

    /// <summary>Term calendars and bank holidays (rules/calendars/); null when the directory has none.</summary>
    public Calendars.CalendarCatalog? Calendars { get; }

    /// <summary>Problems in rules/calendars/; while there are any, the last good calendars keep serving.</summary>
    public IReadOnlyList<RuleSetProblem> CalendarProblems { get; }

    internal RulesEngine.RulesEngine Engine { get; }

    /// <summary>The version of the rule set for (kind, authority, layer) in force on <paramref name="date"/>, if any.</summary>
    public RuleSetDefinition? Find(DecisionKind kind, string authority, Layer layer, DateOnly date)
    {
        foreach (var set in RuleSets)
        {
            if (set.Kind == kind && set.Layer == layer && set.Authority == authority && set.IsInForceOn(date))
            {
                return set;
            }
        }

        return null;
    }
}

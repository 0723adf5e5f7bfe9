using AlnDecisions.Domain;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// An immutable snapshot of every rule set in force, compiled and ready. A reload builds a new
/// catalog to the side and swaps the reference, so a request sees one whole catalog or another,
/// never a half-loaded mixture.
/// </summary>
public sealed class RuleSetCatalog
{
    private readonly Dictionary<(DecisionKind, string, Layer), CompiledRuleSet[]> _versions;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<Plan.DecisionPlan.Step>> _plans = new();

    internal RuleSetCatalog(
        string directory,
        IReadOnlyList<RuleSetFileState> files,
        IReadOnlyList<CompiledRuleSet> compiled,
        FactModel model,
        DateTimeOffset loadedAt,
        IReadOnlyList<RuleSetProblem> catalogProblems,
        Calendars.CalendarCatalog? calendars,
        IReadOnlyList<RuleSetProblem> calendarProblems)
    {
        Directory = directory;
        Files = files;
        Model = model;
        LoadedAt = loadedAt;
        CatalogProblems = catalogProblems;
        Calendars = calendars;
        CalendarProblems = calendarProblems;
        Compiled = compiled.OrderBy(set => set.Definition.Id, StringComparer.Ordinal).ThenBy(set => set.Definition.EffectiveFrom).ToArray();
        RuleSets = Compiled.Select(set => set.Definition).ToArray();
        _versions = Compiled.GroupBy(set => (set.Definition.Kind, set.Definition.Authority, set.Definition.Layer))
            .ToDictionary(group => group.Key, group => group.OrderBy(set => set.Definition.EffectiveFrom).ToArray());
        Reads = Compiled.GroupBy(set => set.Definition.Kind).ToDictionary(
            group => group.Key,
            group => (IReadOnlySet<string>)group.SelectMany(set => set.Rules).SelectMany(rule => rule.Expression.Reads).Select(fact => fact.Path).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The rules directory this catalog was loaded from.</summary>
    public string Directory { get; }

    /// <summary>Every rule-set file seen, with what serves from it and any rejected edit.</summary>
    public IReadOnlyList<RuleSetFileState> Files { get; }

    /// <summary>Every rule-set version serving, by id then effective date.</summary>
    public IReadOnlyList<RuleSetDefinition> RuleSets { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Every problem in the files as they are now on disk: rule sets, the directory as a whole, and calendars.</summary>
    public IEnumerable<RuleSetProblem> Problems => Files.SelectMany(file => file.RejectedEdit).Concat(CatalogProblems).Concat(CalendarProblems);

    /// <summary>Problems of the directory as a whole, not of one file (e.g. an authority's file that is missing).</summary>
    public IReadOnlyList<RuleSetProblem> CatalogProblems { get; }

    /// <summary>Term calendars and bank holidays (rules/calendars/); null when the directory has none.</summary>
    public Calendars.CalendarCatalog? Calendars { get; }

    /// <summary>Problems in rules/calendars/; while there are any, the last good calendars keep serving.</summary>
    public IReadOnlyList<RuleSetProblem> CalendarProblems { get; }

    internal FactModel Model { get; }

    internal IReadOnlyList<CompiledRuleSet> Compiled { get; }

    /// <summary>Per kind, every fact any of its rules reads: what the kind waits for.</summary>
    internal IReadOnlyDictionary<DecisionKind, IReadOnlySet<string>> Reads { get; }

    /// <summary>
    /// The plan's steps for deciding <paramref name="kinds"/> with these rule sets: worked out once
    /// per set of kinds (the rules' reads do not change within a catalog).
    /// </summary>
    internal IReadOnlyList<Plan.DecisionPlan.Step> PlanFor(IReadOnlyList<DecisionKind> kinds)
    {
        var key = 0;
        foreach (var kind in kinds)
        {
            key |= 1 << (int)kind;
        }

        return _plans.GetOrAdd(key, _ => Plan.DecisionPlan.For(kinds.Distinct().Order(), Reads).Steps);
    }

    /// <summary>The version of the rule set for (kind, authority, layer) in force on <paramref name="date"/>, if any.</summary>
    public RuleSetDefinition? Find(DecisionKind kind, string authority, Layer layer, DateOnly date) => InForce(kind, authority, layer, date)?.Definition;

    internal CompiledRuleSet? InForce(DecisionKind kind, string authority, Layer layer, DateOnly date)
    {
        if (!_versions.TryGetValue((kind, authority, layer), out var versions))
        {
            return null;
        }

        foreach (var set in versions)
        {
            if (set.Definition.IsInForceOn(date))
            {
                return set;
            }
        }

        return null;
    }
}

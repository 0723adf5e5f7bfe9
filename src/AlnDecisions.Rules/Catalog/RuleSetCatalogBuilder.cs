using AlnDecisions.Domain;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// Loads a rules directory into a new <see cref="RuleSetCatalog"/>. Everything is parsed, checked
/// and compiled before anything is used; a file whose new content has problems keeps serving its
/// previous good version, and every problem is kept for <c>ListRuleSets</c> and the CLI. Nothing a
/// file holds makes this throw: unreadable files, duplicates and missing files are problems too.
/// </summary>
internal static class RuleSetCatalogBuilder
{
    /// <summary>Folders under rules/ that hold something other than rule sets.</summary>
    internal static IReadOnlyList<string> NotRuleSetFolders { get; } = ["schema", "calendars", "geography"];

    // Compiling recurses once per level of an expression: a thread of its own with a large stack
    // means no expression a file can hold (their length is bounded) can exhaust it.
    private const int CompileStackBytes = 64 * 1024 * 1024;

    public static async Task<RuleSetCatalog> BuildAsync(string directory, FactModel model, RuleSetCatalog? previous, TimeProvider clock)
    {
        directory = Path.GetFullPath(directory);
        var parsed = new List<(string File, RuleSetParseResult Result)>();
        foreach (var path in RuleSetFiles(directory))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            parsed.Add((file, await ReadAsync(path, file)));
        }

        var problemsByFile = parsed.ToDictionary(p => p.File, p => p.Result.Problems.ToList(), StringComparer.Ordinal);
        var candidates = parsed.Where(p => p.Result.Definition is not null).Select(p => p.Result.Definition!).ToList();
        var compiled = await OnLargeStackAsync(() => CompileAll(candidates, model, problemsByFile));

        var previousByFile = previous?.Compiled.ToDictionary(set => set.Definition.File, StringComparer.Ordinal)
            ?? new Dictionary<string, CompiledRuleSet>(StringComparer.Ordinal);
        var serving = new Dictionary<string, CompiledRuleSet>(StringComparer.Ordinal);
        foreach (var (file, _) in parsed)
        {
            if (compiled.TryGetValue(file, out var good) && problemsByFile[file].Count == 0)
            {
                serving[file] = good;
            }
            else if (previousByFile.TryGetValue(file, out var last))
            {
                serving[file] = last;
            }
        }

        var catalogProblems = new List<RuleSetProblem>();
        KeepRequiredFiles(serving, previousByFile, parsed.Select(p => p.File).ToHashSet(StringComparer.Ordinal), catalogProblems);
        CheckAcrossFiles(serving, previousByFile, problemsByFile);

        var states = parsed.Select(p => new RuleSetFileState(p.File, serving.GetValueOrDefault(p.File)?.Definition, problemsByFile[p.File]))
            .Concat(serving.Keys.Where(file => !problemsByFile.ContainsKey(file)).Select(file => new RuleSetFileState(file, serving[file].Definition, [])))
            .OrderBy(state => state.File, StringComparer.Ordinal).ToArray();
        var (calendars, calendarProblems) = LoadCalendars(directory, previous);
        return new RuleSetCatalog(directory, states, serving.Values.ToArray(), model, clock.GetUtcNow(), catalogProblems, calendars, calendarProblems);
    }

    private static Dictionary<string, CompiledRuleSet> CompileAll(List<RuleSetDefinition> candidates, FactModel model, Dictionary<string, List<RuleSetProblem>> problemsByFile)
    {
        var adapter = new RulesEngineAdapter(model);
        var compiled = new Dictionary<string, CompiledRuleSet>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var (set, problems) = RuleSetCompiler.Compile(candidate, adapter, model);
            problemsByFile[candidate.File].AddRange(problems);
            if (set is not null)
            {
                compiled[candidate.File] = set;
            }
        }

        RejectCycles(compiled, problemsByFile);
        var statutory = compiled.Values.Where(c => c.Layer == Layer.Statutory).ToArray();
        foreach (var principles in compiled.Values.Where(c => c.Layer != Layer.Statutory && c.HasRules))
        {
            problemsByFile[principles.Definition.File].AddRange(StatutoryContradictions.Find(principles, statutory, model));
        }

        return compiled;
    }

    /// <summary>A kind whose rules read a fact only its own decision can publish would wait for itself: its rule sets that do are refused.</summary>
    private static void RejectCycles(Dictionary<string, CompiledRuleSet> compiled, Dictionary<string, List<RuleSetProblem>> problemsByFile)
    {
        foreach (var set in compiled.Values.ToArray())
        {
            var reads = new Dictionary<DecisionKind, IReadOnlySet<string>>
            {
                [set.Definition.Kind] = set.Rules.SelectMany(rule => rule.Expression.Reads).Select(fact => fact.Path).ToHashSet(StringComparer.Ordinal),
            };
            if (Plan.DecisionPlan.For([set.Definition.Kind], reads).Cycle is { } cycle)
            {
                problemsByFile[set.Definition.File].Add(new RuleSetProblem(ProblemCodes.KindCycle, set.Definition.File, 1, 1, null,
                    $"its rules read facts that wait for this kind's own decision ({cycle})"));
                compiled.Remove(set.Definition.File);
            }
        }
    }

    private static Task<T> OnLargeStackAsync<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
#pragma warning disable CA1031 // Handed to the awaiting caller unchanged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done.SetException(ex);
            }
        }, CompileStackBytes)
        {
            IsBackground = true,
            Name = "rule-set compiler",
        };
        thread.Start();
        return done.Task;
    }

    private static async Task<RuleSetParseResult> ReadAsync(string path, string file)
    {
        try
        {
            return RuleSetParser.Parse(file, await ReadStableAsync(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new RuleSetParseResult(null, [new RuleSetProblem(ProblemCodes.FileUnreadable, file, 0, 0, null, $"the file could not be read ({ex.GetType().Name})")]);
        }
    }

    /// <summary>
    /// Where the IDP question is answered, every Welsh authority must have its IDP principles file:
    /// it says whether the authority's own principles or the national baseline decide. A file that disappears keeps serving its last
    /// good version, and says so, until it is back.
    /// </summary>
    private static void KeepRequiredFiles(Dictionary<string, CompiledRuleSet> serving, Dictionary<string, CompiledRuleSet> previousByFile, HashSet<string> onDisk, List<RuleSetProblem> problems)
    {
        // Only a directory that answers the IDP question needs every authority's say on it.
        if (!serving.Values.Concat(previousByFile.Values).Any(set => set.Definition.Kind == DecisionKind.IdpResponsibility && set.Definition.Authority == Authorities.National))
        {
            return;
        }

        foreach (var authority in Authorities.Welsh)
        {
            var file = $"authorities/{authority}/idp-responsibility.json";
            if (serving.Values.Any(set => set.Definition.Kind == DecisionKind.IdpResponsibility && set.Definition.Authority == authority))
            {
                continue;
            }

            if (onDisk.Contains(file))
            {
                // Present but rejected: the file's own problems say why.
                continue;
            }

            if (previousByFile.TryGetValue(file, out var last))
            {
                serving[file] = last;
                problems.Add(new RuleSetProblem(ProblemCodes.AuthorityFileMissing, file, 0, 0, null,
                    $"{AuthorityNames.Of(authority).En}'s IDP principles file was removed; its last good version keeps serving until it is restored"));
            }
            else
            {
                problems.Add(new RuleSetProblem(ProblemCodes.AuthorityFileMissing, file, 0, 0, null,
                    $"{AuthorityNames.Of(authority).En} has no IDP principles file; every authority needs one (status national-baseline when it has no published principles)"));
            }
        }
    }

    /// <summary>Loads rules/calendars/; a set with problems does not replace the last good one.</summary>
    private static (Calendars.CalendarCatalog? Calendars, IReadOnlyList<RuleSetProblem> Problems) LoadCalendars(string directory, RuleSetCatalog? previous)
    {
        var calendarsDirectory = Path.Combine(directory, "calendars");
        if (!Directory.Exists(calendarsDirectory))
        {
            return (null, []);
        }

        var loaded = Calendars.CalendarCatalog.Load(calendarsDirectory);
        return loaded.Problems.Count > 0 && previous?.Calendars is { } lastGood
            ? (lastGood, loaded.Problems)
            : (loaded.Catalog, loaded.Problems);
    }

    /// <summary>Checks that hold between files: one version per (id, version), and no two versions for the same question in force on the same day.</summary>
    private static void CheckAcrossFiles(
        Dictionary<string, CompiledRuleSet> serving,
        Dictionary<string, CompiledRuleSet> previousByFile,
        Dictionary<string, List<RuleSetProblem>> problemsByFile)
    {
        bool changed;
        do
        {
            changed = false;
            var sets = serving.Values.Select(s => s.Definition).OrderBy(s => s.File, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < sets.Length && !changed; i++)
            {
                for (var j = i + 1; j < sets.Length && !changed; j++)
                {
                    var (a, b) = (sets[i], sets[j]);
                    string? code = null;
                    string? message = null;
                    if (a.Id == b.Id && a.Version == b.Version)
                    {
                        code = ProblemCodes.VersionDuplicate;
                        message = $"rule set '{a.Id}' version '{a.Version}' is also defined in {{0}}";
                    }
                    else if (a.Kind == b.Kind && a.Authority == b.Authority && a.Layer == b.Layer && a.Overlaps(b))
                    {
                        code = ProblemCodes.EffectiveDatesOverlap;
                        message = "'{1}' ({2}) is in force on some of the same days as '{3}' ({4}) in {0}; only one version may answer a question on any date";
                    }

                    if (code is null)
                    {
                        continue;
                    }

                    // Blame whichever side is new; at start-up, when neither is, blame both. Every file
                    // is parsed afresh on a reload, so "new" is new content, not a new object: a file
                    // left as it was is not blamed for a copy of it that has just appeared.
                    var blamed = new[] { a, b }.Where(s => !previousByFile.TryGetValue(s.File, out var p) || p.Definition.Sha256 != s.Sha256).ToArray();
                    if (blamed.Length == 0)
                    {
                        blamed = [a, b];
                    }

                    foreach (var culprit in blamed)
                    {
                        var other = ReferenceEquals(culprit, a) ? b : a;
                        var problem = new RuleSetProblem(code, culprit.File, 1, 1, null,
                            string.Format(System.Globalization.CultureInfo.InvariantCulture, message!, other.File,
                                culprit.Id + "@" + culprit.Version, Period(culprit), other.Id + "@" + other.Version, Period(other)));
                        if (problemsByFile.TryGetValue(culprit.File, out var list))
                        {
                            list.Add(problem);
                        }

                        if (previousByFile.TryGetValue(culprit.File, out var last) && !ReferenceEquals(last.Definition, culprit))
                        {
                            serving[culprit.File] = last;
                        }
                        else
                        {
                            serving.Remove(culprit.File);
                        }
                    }

                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static string Period(RuleSetDefinition set) =>
        $"{set.EffectiveFrom:yyyy-MM-dd} to {(set.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}";

    private static IEnumerable<string> RuleSetFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The rules directory '{directory}' does not exist.");
        }

        return Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Where(path =>
            {
                var first = Path.GetRelativePath(directory, path).Split(Path.DirectorySeparatorChar)[0];
                return !NotRuleSetFolders.Contains(first, StringComparer.Ordinal);
            })
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads a file an editor may be in the middle of writing; retries briefly on a sharing violation.</summary>
    private static async Task<byte[]> ReadStableAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await File.ReadAllBytesAsync(path);
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(50);
            }
        }
    }
}

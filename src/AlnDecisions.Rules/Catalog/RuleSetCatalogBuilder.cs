using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// Loads a rules directory into a new <see cref="RuleSetCatalog"/>. Everything is parsed, checked
/// and compiled before anything is used; a file whose new content has problems keeps serving its
/// previous good version, and every problem is kept for <c>ListRuleSets</c> and the CLI.
/// </summary>
public static class RuleSetCatalogBuilder
{
    /// <summary>Folders under rules/ that hold something other than rule sets.</summary>
    private static readonly string[] NotRuleSetFolders = ["schema", "calendars", "geography"];

    /// <summary>Builds a catalog from <paramref name="directory"/>; <paramref name="previous"/> supplies last good versions.</summary>
    public static async Task<RuleSetCatalog> BuildAsync(string directory, RuleSetCatalog? previous, TimeProvider clock)
    {
        directory = Path.GetFullPath(directory);
        var parsed = new List<(string File, RuleSetParseResult Result)>();
        foreach (var path in RuleSetFiles(directory))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var content = await ReadStableAsync(path);
            parsed.Add((file, RuleSetParser.Parse(file, content)));
        }

        var problemsByFile = parsed.ToDictionary(p => p.File, p => p.Result.Problems.ToList(), StringComparer.Ordinal);
        var candidates = parsed.Where(p => p.Result.Definition is not null).Select(p => p.Result.Definition!).ToList();

        // Compile the new content first, so a broken expression is blamed on its file.
        var scratch = RuleSetCompiler.CreateEngine(candidates);
        foreach (var candidate in candidates)
        {
            problemsByFile[candidate.File].AddRange(await RuleSetCompiler.CompileAsync(scratch, candidate));
        }

        var statutory = candidates.Where(c => c.Layer == Domain.Layer.Statutory && problemsByFile[c.File].Count == 0).ToArray();
        foreach (var principles in candidates.Where(c => c.Layer != Domain.Layer.Statutory && c.HasRules && problemsByFile[c.File].Count == 0))
        {
            problemsByFile[principles.File].AddRange(await StatutoryContradictions.FindAsync(scratch, principles, statutory));
        }

        var previousByFile = previous?.Files.Where(f => f.Serving is not null).ToDictionary(f => f.File, f => f.Serving!, StringComparer.Ordinal)
            ?? new Dictionary<string, RuleSetDefinition>(StringComparer.Ordinal);
        var serving = new Dictionary<string, RuleSetDefinition>(StringComparer.Ordinal);
        foreach (var (file, _) in parsed)
        {
            var good = candidates.FirstOrDefault(c => c.File == file);
            if (good is not null && problemsByFile[file].Count == 0)
            {
                serving[file] = good;
            }
            else if (previousByFile.TryGetValue(file, out var last))
            {
                serving[file] = last;
            }
        }

        CheckAcrossFiles(serving, previousByFile, problemsByFile);

        var engine = serving.Values.All(candidates.Contains) ? scratch : await CompiledEngineAsync(serving.Values);
        var states = parsed.Select(p => new RuleSetFileState(p.File, serving.GetValueOrDefault(p.File), problemsByFile[p.File]))
            .OrderBy(state => state.File, StringComparer.Ordinal).ToArray();
        var (calendars, calendarProblems) = LoadCalendars(directory, previous);
        return new RuleSetCatalog(directory, states, engine, clock.GetUtcNow(), calendars, calendarProblems);
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
        Dictionary<string, RuleSetDefinition> serving,
        Dictionary<string, RuleSetDefinition> previousByFile,
        Dictionary<string, List<RuleSetProblem>> problemsByFile)
    {
        bool changed;
        do
        {
            changed = false;
            var sets = serving.Values.OrderBy(s => s.File, StringComparer.Ordinal).ToArray();
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
                        message = $"'{{1}}' ({{2}}) is in force on some of the same days as '{{3}}' ({{4}}) in {{0}}; only one version may answer a question on any date";
                    }

                    if (code is null)
                    {
                        continue;
                    }

                    // Blame whichever side is new; at start-up, when neither is, blame both.
                    var blamed = new[] { a, b }.Where(s => !previousByFile.TryGetValue(s.File, out var p) || !ReferenceEquals(p, s)).ToArray();
                    if (blamed.Length == 0)
                    {
                        blamed = [a, b];
                    }

                    foreach (var culprit in blamed)
                    {
                        var other = ReferenceEquals(culprit, a) ? b : a;
                        problemsByFile[culprit.File].Add(new RuleSetProblem(code, culprit.File, 1, 1, null,
                            string.Format(System.Globalization.CultureInfo.InvariantCulture, message!, other.File,
                                culprit.Id + "@" + culprit.Version, Period(culprit), other.Id + "@" + other.Version, Period(other))));
                        if (previousByFile.TryGetValue(culprit.File, out var last) && !ReferenceEquals(last, culprit))
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

    private static async Task<RulesEngine.RulesEngine> CompiledEngineAsync(IEnumerable<RuleSetDefinition> definitions)
    {
        var list = definitions.ToArray();
        var engine = RuleSetCompiler.CreateEngine(list);
        foreach (var definition in list)
        {
            await RuleSetCompiler.CompileAsync(engine, definition);
        }

        return engine;
    }

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

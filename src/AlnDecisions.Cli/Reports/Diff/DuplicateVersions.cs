using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Cli.Reports.Diff;

/// <summary>
/// Rule-set files that repeat another file's id and version. Found from the files themselves,
/// before the catalog is built: the catalog builder registers every file's workflow with RulesEngine
/// under "id@version" before it checks versions across files, and RulesEngine throws on the second.
/// Until that is fixed in the builder, validate sets such files aside, builds the rest and reports
/// them as VERSION_DUPLICATE.
/// </summary>
internal static class DuplicateVersions
{
    /// <summary>Every later file (by path) whose id and version an earlier file already has, with that earlier file.</summary>
    public static IReadOnlyList<(string File, string Key, string First)> Find(string directory)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<(string, string, string)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var parsed = RuleSetFile.Parse(file, File.ReadAllText(path));
            if (parsed is null || parsed.Envelope["kind"] is null)
            {
                continue;
            }

            if (seen.TryGetValue(parsed.Key, out var first))
            {
                duplicates.Add((file, parsed.Key, first));
            }
            else
            {
                seen[parsed.Key] = file;
            }
        }

        return duplicates;
    }

    public static RuleSetProblem Problem((string File, string Key, string First) duplicate) =>
        new(ProblemCodes.VersionDuplicate, duplicate.File, 1, 1, null, $"rule set {duplicate.Key} is also defined in {duplicate.First}; a new version needs a new version and effective dates");

    /// <summary>A copy of <paramref name="directory"/> without <paramref name="files"/>, in a new temporary folder.</summary>
    public static string CopyWithout(string directory, IEnumerable<string> files)
    {
        var leaveOut = files.ToHashSet(StringComparer.Ordinal);
        var target = Path.Combine(Path.GetTempPath(), "aln-rules-validate-" + Guid.NewGuid().ToString("N"));
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            if (!leaveOut.Contains(file))
            {
                var to = Path.Combine(target, file);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(path, to);
            }
        }

        return target;
    }
}

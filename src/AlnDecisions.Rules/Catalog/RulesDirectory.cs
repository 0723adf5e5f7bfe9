namespace AlnDecisions.Rules.Catalog;

/// <summary>Finds the repository's rules/ folder when no directory is configured.</summary>
public static class RulesDirectory
{
    /// <summary>The configured directory if given, else rules/ beside the nearest AlnDecisions.sln above the first of <paramref name="starts"/> that has one.</summary>
    public static string Resolve(string? configured, params string[] starts)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AlnDecisions.sln")))
                {
                    return Path.Combine(dir.FullName, "rules");
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No rules directory is configured (RuleSets:Directory) and no AlnDecisions.sln was found above {string.Join(" or ", starts)}.");
    }
}

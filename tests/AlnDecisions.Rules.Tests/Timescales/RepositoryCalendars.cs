using AlnDecisions.Rules.Calendars;

namespace AlnDecisions.Rules.Tests.Timescales;

/// <summary>The repository's rules/calendars, loaded once, and copies of it for tests that change a file.</summary>
internal static class RepositoryCalendars
{
    private static readonly Lazy<CalendarLoadResult> Loaded = new(() => CalendarCatalog.Load(Directory));

    public static string Directory => Path.Combine(RepositoryFolders.Rules, "calendars");

    public static CalendarLoadResult Result => Loaded.Value;

    public static CalendarCatalog Catalog => Loaded.Value.Catalog;

    /// <summary>A temporary copy of rules/calendars to edit; dispose it afterwards.</summary>
    public static TempRulesDirectory Copy()
    {
        var copy = new TempRulesDirectory();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            copy.Write(Path.GetRelativePath(Directory, file), File.ReadAllText(file));
        }

        return copy;
    }
}

using AlnDecisions.Rules.Calendars;

namespace AlnDecisions.Rules.Tests.Timescales;

/// <summary>The repository's rules/calendars, loaded once, and copies of it for tests that change a file.</summary>
internal static class RepositoryCalendars
{
    /// <summary>A made-up Cardiff school with no INSET days, so counts run on the authority's term dates alone.</summary>
    public const string NoInsetDaysSchool = "test-fixture-cardiff-school-no-inset-days";

    private static readonly Lazy<CalendarLoadResult> Loaded = new(() => CalendarCatalog.Load(Directory));

    private static readonly Lazy<CalendarLoadResult> LoadedWithFixtures = new(() =>
    {
        // Loaded once and kept: the copy's directory is read only while loading.
        using var copy = WithFixtureSettings();
        return CalendarCatalog.Load(copy.Path);
    });

    public static string Directory => Path.Combine(RepositoryFolders.Rules, "calendars");

    public static CalendarLoadResult Result => Loaded.Value;

    public static CalendarCatalog Catalog => Loaded.Value.Catalog;

    /// <summary>rules/calendars with the test fixtures' setting files added (tests/fixtures/calendars/settings).</summary>
    public static CalendarCatalog CatalogWithFixtureSettings => LoadedWithFixtures.Value.Catalog;

    /// <summary>A temporary copy of rules/calendars with the fixtures' setting files added; dispose it afterwards.</summary>
    public static TempRulesDirectory WithFixtureSettings()
    {
        var copy = Copy();
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Fixture("calendars"), "settings"), "*.json"))
        {
            copy.Write($"settings/{Path.GetFileName(file)}", File.ReadAllText(file));
        }

        return copy;
    }

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

using System.Text;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>
/// The calendars under rules/calendars: the bank-holiday list, term calendars per school year,
/// which calendar each authority follows, and settings' own closures. Immutable once loaded.
/// Nothing here fills a gap: a year no file supplies is simply not covered, so a deadline that
/// needs it reports the missing date.
/// </summary>
/// <remarks>
/// Layout, relative to the calendars directory:
/// <c>bank-holidays/england-and-wales.json</c>, <c>terms/&lt;calendar&gt;/&lt;YYYY-YY&gt;.json</c>,
/// <c>authorities.json</c>, <c>settings/&lt;setting-reference&gt;.json</c>. Files other than
/// .json (such as a README) are ignored; any other .json file is a problem.
/// </remarks>
public sealed class CalendarCatalog
{
    private readonly IReadOnlyDictionary<(string CalendarId, AcademicYear Year), TermYearFile> _termYears;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<AcademicYear, AuthorityYear>> _authorities;
    private readonly IReadOnlyDictionary<string, SettingOverridesFile> _settings;
    private readonly IReadOnlySet<string> _rejectedSettings;

    private CalendarCatalog(
        WorkingDays bankHolidays,
        IReadOnlyDictionary<(string, AcademicYear), TermYearFile> termYears,
        IReadOnlyDictionary<string, IReadOnlyDictionary<AcademicYear, AuthorityYear>> authorities,
        IReadOnlyDictionary<string, SettingOverridesFile> settings,
        IReadOnlySet<string> rejectedSettings)
    {
        BankHolidays = bankHolidays;
        _termYears = termYears;
        _authorities = authorities;
        _settings = settings;
        _rejectedSettings = rejectedSettings;
    }

    /// <summary>Working days under the England and Wales bank-holiday list; covers no year when that file is missing or has problems.</summary>
    public WorkingDays BankHolidays { get; }

    /// <summary>
    /// Loads every calendar file under <paramref name="directory"/> (normally rules/calendars),
    /// checking each strictly and reporting every problem at once with its line and column.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static CalendarLoadResult Load(string directory)
    {
        directory = Path.GetFullPath(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The calendars directory '{directory}' does not exist.");
        }

        var problems = new List<RuleSetProblem>();
        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(directory, path).Replace('\\', '/'), Full: path))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .ToArray();

        // Read in dependency order: bank holidays check term files, term files check
        // authorities.json, and authorities.json checks settings.
        var bankHolidays = ReadFile(directory, BankHolidayFile.Path, problems, (root, sink) => BankHolidayFile.Parse(root, sink));

        var termFiles = new Dictionary<(string, AcademicYear), string?>();
        var termYears = new Dictionary<(string, AcademicYear), TermYearFile>();
        var settingPaths = new List<(string Reference, string File)>();
        foreach (var (file, _) in files)
        {
            if (file is BankHolidayFile.Path or AuthorityCalendarsFile.Path)
            {
                continue;
            }

            if (TermYearFile.TryReadPath(file, out var calendarId, out var year))
            {
                var parsed = ReadFile(directory, file, problems, (root, sink) => TermYearFile.Parse(root, sink, calendarId, year, bankHolidays));
                termFiles[(calendarId, year)] = parsed?.Kind;
                if (parsed is not null)
                {
                    termYears[(calendarId, year)] = parsed;
                }
            }
            else if (SettingOverridesFile.TryReadPath(file, out var reference))
            {
                settingPaths.Add((reference, file));
            }
            else
            {
                problems.Add(new RuleSetProblem(CalendarProblemCodes.FileUnexpected, file, 0, 0, null,
                    $"no calendar file belongs here; expected {BankHolidayFile.Path}, {AuthorityCalendarsFile.Path}, terms/<calendar>/<YYYY-YY>.json or settings/<setting-reference>.json (lower-case letters, digits and hyphens)"));
            }
        }

        var authorities = ReadFile(directory, AuthorityCalendarsFile.Path, problems,
                (root, sink) => AuthorityCalendarsFile.Parse(root, sink, termFiles, (id, year) => termYears.TryGetValue((id, year), out var file) ? file.Terms : null))
            ?.Calendars ?? new Dictionary<string, IReadOnlyDictionary<AcademicYear, AuthorityYear>>();

        var settings = new Dictionary<string, SettingOverridesFile>(StringComparer.Ordinal);
        var rejectedSettings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (reference, file) in settingPaths)
        {
            var parsed = ReadFile(directory, file, problems, (root, sink) => SettingOverridesFile.Parse(root, sink, reference, TermsFor));
            if (parsed is null)
            {
                rejectedSettings.Add(reference);
            }
            else
            {
                settings[reference] = parsed;
            }
        }

        var workingDays = bankHolidays is null ? WorkingDays.None : new WorkingDays(bankHolidays.Dates.Keys, bankHolidays.Years);
        return new CalendarLoadResult(new CalendarCatalog(workingDays, termYears, authorities, settings, rejectedSettings), problems);

        IReadOnlyList<TermRange>? TermsFor(string authority, AcademicYear year) =>
            authorities.TryGetValue(authority, out var years) && years.TryGetValue(year, out var entry)
                ? termYears.TryGetValue((entry.CalendarId, year), out var termYear) ? termYear.Terms : []
                : null;
    }

    /// <summary>
    /// The term calendar for a school in <paramref name="authority"/> over the school years from
    /// <paramref name="from"/> to <paramref name="to"/>, with its INSET days: the setting's own file
    /// for the year, else the days the authority sets for all its schools. A year whose INSET days
    /// are set by each school and for which the setting has no file is left uncovered, as is a year
    /// the authority has no calendar for, so <see cref="DeadlineCalculator"/> names the first
    /// missing date and <see cref="GapAt"/> says what would fill it: an authority calendar alone
    /// would count INSET days as school days.
    /// </summary>
    /// <param name="authority">The authority that maintains the school.</param>
    /// <param name="settingReference">The school's reference, or null when the request gives none.</param>
    /// <param name="from">The first date needed (the event that starts the clock).</param>
    /// <param name="to">The last date that could be needed; generous is fine (a year past <paramref name="from"/> covers any 35-day period).</param>
    /// <returns>
    /// Null when no year in the range is covered, or when the setting's file has problems or
    /// belongs to another authority: a calendar without the setting's own closures would count days
    /// it is shut.
    /// </returns>
    public TermCalendar? SchoolCalendarFor(string authority, string? settingReference, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (to < from)
        {
            throw new ArgumentException($"to ({to:yyyy-MM-dd}) is before from ({from:yyyy-MM-dd})", nameof(to));
        }

        if (!TryGetSetting(authority, settingReference, out var setting))
        {
            return null;
        }

        if (!_authorities.TryGetValue(authority, out var years))
        {
            return null;
        }

        var covered = new List<AcademicYear>();
        var terms = new List<TermRange>();
        var closures = new List<DateOnly>();
        var names = new List<string>();
        var sources = new List<string>();
        for (var year = AcademicYear.Of(from); year.StartYear <= AcademicYear.Of(to).StartYear; year = new AcademicYear(year.StartYear + 1))
        {
            if (!years.TryGetValue(year, out var entry) || !_termYears.TryGetValue((entry.CalendarId, year), out var termYear))
            {
                continue;
            }

            IReadOnlyList<DateOnly>? own = null;
            if (setting is not null && setting.Closures.TryGetValue(year, out var settingClosures))
            {
                own = settingClosures;
            }

            if (own is null && entry.InsetDays is null)
            {
                // Each school chooses its INSET days and this one's are not recorded for the year.
                continue;
            }

            covered.Add(year);
            terms.AddRange(termYear.Terms);
            closures.AddRange(termYear.Closures);
            names.Add($"{entry.CalendarId} {year}");
            AddOnce(sources, termYear.Source);
            if (entry.InsetDays is { } authorityInset)
            {
                closures.AddRange(authorityInset);
                names[^1] += $" with {authority}'s INSET days";
                AddOnce(sources, entry.Source);
            }

            if (own is not null)
            {
                closures.AddRange(own);
                names[^1] += $" with setting {setting!.Setting}'s closures";
                AddOnce(sources, setting.Source);
            }
        }

        if (covered.Count == 0)
        {
            return null;
        }

        var name = new StringBuilder(authority).Append(": ").AppendJoin(", ", names).ToString();
        return new TermCalendar(name, string.Join("; ", sources), covered, terms, closures);
    }

    /// <summary>
    /// What a school-days count for a school in <paramref name="authority"/> lacks on
    /// <paramref name="date"/>, a date <see cref="SchoolCalendarFor"/> leaves uncovered.
    /// </summary>
    public SchoolCalendarGap GapAt(string authority, string? settingReference, DateOnly date)
    {
        var year = AcademicYear.Of(date);
        if (settingReference is not null && !TryGetSetting(authority, settingReference, out _))
        {
            return SchoolCalendarGap.SettingFile;
        }

        return _authorities.TryGetValue(authority, out var years) && years.TryGetValue(year, out var entry) && _termYears.ContainsKey((entry.CalendarId, year))
            ? SchoolCalendarGap.SettingInsetDays
            : SchoolCalendarGap.AuthorityTerms;
    }

    // A setting file with problems, or one for a school of another authority, has closures this
    // calendar cannot apply: no calendar rather than one that counts the days the school is shut.
    private bool TryGetSetting(string authority, string? settingReference, out SettingOverridesFile? setting)
    {
        setting = null;
        if (settingReference is null)
        {
            return true;
        }

        if (_rejectedSettings.Contains(settingReference)
            || (_settings.TryGetValue(settingReference, out setting) && setting.Authority != authority))
        {
            setting = null;
            return false;
        }

        return true;
    }

    /// <summary>
    /// A further education institution's own term-time calendar: the FEI term files under
    /// terms/<paramref name="institution"/>/, joined across the years needed. FEIs set their own
    /// terms, so there is no authority calendar to fall back on; null when the institution has none.
    /// </summary>
    public TermCalendar? FeiCalendarFor(string institution, DateOnly from, DateOnly to)
    {
        var files = new List<TermYearFile>();
        for (var year = AcademicYear.Of(from); year.StartYear <= AcademicYear.Of(to).StartYear; year = new AcademicYear(year.StartYear + 1))
        {
            if (_termYears.TryGetValue((institution, year), out var file) && file.Kind == TermYearFile.FurtherEducation)
            {
                files.Add(file);
            }
        }

        return files.Count == 0
            ? null
            : new TermCalendar($"{institution}: " + string.Join(", ", files.Select(f => f.Year)), string.Join("; ", files.Select(f => f.Source).Distinct(StringComparer.Ordinal)),
                files.Select(f => f.Year), files.SelectMany(f => f.Terms), files.SelectMany(f => f.Closures));
    }

    /// <summary>The calendar <paramref name="authority"/>'s schools follow in the school year of <paramref name="date"/>, for messages; null when none is recorded.</summary>
    public string? CalendarIdFor(string authority, DateOnly date) =>
        _authorities.TryGetValue(authority, out var years) && years.TryGetValue(AcademicYear.Of(date), out var entry) ? entry.CalendarId : null;

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item, StringComparer.Ordinal))
        {
            list.Add(item);
        }
    }

    /// <summary>Reads, parses and checks one file; null when it is missing or has any problem (a file with problems contributes nothing).</summary>
    private static T? ReadFile<T>(string directory, string file, List<RuleSetProblem> problems, Func<JObject, ProblemSink, T?> parse)
        where T : class
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            // Only the two fixed files can be absent: the others were found by listing the directory.
            problems.Add(new RuleSetProblem(CalendarProblemCodes.FileMissing, file, 0, 0, null, $"{file} is missing; no deadline that needs it can be computed"));
            return null;
        }

        var sink = new ProblemSink(file);
        var root = StrictJson.Load(File.ReadAllText(path), sink, "calendar");
        var parsed = root is null ? null : parse(root, sink);
        problems.AddRange(sink.Problems);
        return sink.Any ? null : parsed;
    }
}

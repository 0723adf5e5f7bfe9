using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>
/// authorities.json: which term calendar each authority's maintained schools follow in each school
/// year, and who sets their INSET days: each school (the default, and what Welsh authorities publish:
/// they designate one to three days and each school chooses the rest), or the authority for all its schools.
/// </summary>
/// <param name="Calendars">Authority code, then school year, then the calendar id, why, and the INSET days.</param>
internal sealed record AuthorityCalendarsFile(IReadOnlyDictionary<string, IReadOnlyDictionary<AcademicYear, AuthorityYear>> Calendars)
{
    public const string Path = "authorities.json";

    /// <summary>The value of insetDays when each school chooses its own INSET days.</summary>
    public const string SetByEachSchool = "SET_BY_EACH_SCHOOL";

    /// <param name="root">The file.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="termFiles">Every term file found, by calendar and year, with its kind when it parsed.</param>
    /// <param name="terms">The term blocks of each term file that parsed, to check INSET days against.</param>
    public static AuthorityCalendarsFile? Parse(JObject root, ProblemSink sink, IReadOnlyDictionary<(string CalendarId, AcademicYear Year), string?> termFiles,
        Func<string, AcademicYear, IReadOnlyList<TermRange>?> terms)
    {
        var fields = new ObjectFields(root, sink, "authorities file");
        fields.Allow("$schema");
        fields.String("notes", required: false);
        var authoritiesJson = fields.Object("authorities", required: true);
        fields.ReportUnknown();
        if (authoritiesJson is null)
        {
            return null;
        }

        var calendars = new Dictionary<string, IReadOnlyDictionary<AcademicYear, AuthorityYear>>(StringComparer.Ordinal);
        foreach (var property in authoritiesJson.Properties())
        {
            if (!Authorities.IsWelsh(property.Name))
            {
                sink.Add(ProblemCodes.FieldInvalid, property, null, $"'{property.Name}' is not one of the 22 Welsh authority codes ({string.Join(", ", Authorities.Welsh)})");
                continue;
            }

            if (property.Value is not JArray entries)
            {
                sink.Add(ProblemCodes.FieldInvalid, property.Value, null, $"authorities.{property.Name} must be an array of {{ academicYear, calendar, source }}");
                continue;
            }

            calendars[property.Name] = ReadEntries(property.Name, entries, sink, termFiles, terms);
        }

        return new AuthorityCalendarsFile(calendars);
    }

    private static Dictionary<AcademicYear, AuthorityYear> ReadEntries(string authority, JArray entries, ProblemSink sink, IReadOnlyDictionary<(string, AcademicYear), string?> termFiles,
        Func<string, AcademicYear, IReadOnlyList<TermRange>?> terms)
    {
        var years = new Dictionary<AcademicYear, AuthorityYear>();
        var lines = new Dictionary<AcademicYear, int>();
        var index = 0;
        foreach (var token in entries)
        {
            var at = $"authorities.{authority}[{index++}]";
            if (token is not JObject entry)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, $"{at} must be an object with academicYear, calendar, source and an optional insetDays");
                continue;
            }

            var fields = new ObjectFields(entry, sink, at);
            var yearText = fields.String("academicYear", required: true);
            var calendarId = fields.String("calendar", required: true);
            var source = fields.String("source", required: true);
            var inset = entry["insetDays"];
            fields.Allow("insetDays");
            fields.ReportUnknown();
            if (yearText is null || calendarId is null || source is null)
            {
                continue;
            }

            if (!CalendarJson.TryReadYearOnce(entry, yearText, sink, at, lines, (y, line) => $"{at}: {authority} already has a calendar for {y} at line {line}", out var year))
            {
                continue;
            }

            if (!termFiles.TryGetValue((calendarId, year), out var kind))
            {
                sink.Add(CalendarProblemCodes.CalendarUnknown, entry["calendar"]!, null, $"{at}: there is no term file terms/{calendarId}/{year}.json");
                continue;
            }

            if (kind is not null and not TermYearFile.School)
            {
                sink.Add(ProblemCodes.FieldInvalid, entry["calendar"]!, null, $"{at}: terms/{calendarId}/{year}.json is an {kind} calendar; an authority's schools follow a {TermYearFile.School} calendar");
                continue;
            }

            if (!TryReadInsetDays(inset, sink, at, year, terms(calendarId, year), out var insetDays))
            {
                continue;
            }

            years[year] = new AuthorityYear(calendarId, source, insetDays);
        }

        return years;
    }

    // SET_BY_EACH_SCHOOL (or no insetDays): each school's own file supplies them. A list: the
    // authority sets these days for every school it maintains, each a weekday in term, given once.
    private static bool TryReadInsetDays(JToken? json, ProblemSink sink, string at, AcademicYear year, IReadOnlyList<TermRange>? terms, out IReadOnlyList<DateOnly>? insetDays)
    {
        insetDays = null;
        if (json is null || (json.Type == JTokenType.String && (string?)json == SetByEachSchool))
        {
            return true;
        }

        if (json is not JArray list)
        {
            sink.Add(ProblemCodes.FieldInvalid, json, null, $"{at}.insetDays is \"{SetByEachSchool}\" or the list of dates (YYYY-MM-DD) the authority sets as INSET days for all its schools");
            return false;
        }

        var days = new List<DateOnly>();
        var ok = true;
        foreach (var item in list)
        {
            if (item.Type != JTokenType.String || !DateOnly.TryParseExact((string?)item, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                sink.Add(ProblemCodes.FieldInvalid, item, null, $"{at}.insetDays: '{item}' is not a date written YYYY-MM-DD");
                ok = false;
                continue;
            }

            var problem = days.Contains(day) ? $"{day:yyyy-MM-dd} is listed twice"
                : !year.Contains(day) ? $"{day:yyyy-MM-dd} is outside school year {year}"
                : !CalendarJson.IsWeekday(day) ? $"{day:yyyy-MM-dd} is a {day.DayOfWeek}, never a school day"
                : terms is { Count: > 0 } && !terms.Any(term => term.Contains(day)) ? $"{day:yyyy-MM-dd} is not inside any term"
                : null;
            if (problem is not null)
            {
                sink.Add(CalendarProblemCodes.DateOutOfRange, item, null, $"{at}.insetDays: {problem}");
                ok = false;
                continue;
            }

            days.Add(day);
        }

        insetDays = days;
        return ok;
    }
}

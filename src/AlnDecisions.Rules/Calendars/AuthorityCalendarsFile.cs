using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>authorities.json: which term calendar each authority's maintained schools follow in each school year.</summary>
/// <param name="Calendars">Authority code, then school year, then the calendar id and why.</param>
internal sealed record AuthorityCalendarsFile(IReadOnlyDictionary<string, IReadOnlyDictionary<AcademicYear, (string CalendarId, string Source)>> Calendars)
{
    public const string Path = "authorities.json";

    /// <param name="root">The file.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="termFiles">Every term file found, by calendar and year, with its kind when it parsed.</param>
    public static AuthorityCalendarsFile? Parse(JObject root, ProblemSink sink, IReadOnlyDictionary<(string CalendarId, AcademicYear Year), string?> termFiles)
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

        var calendars = new Dictionary<string, IReadOnlyDictionary<AcademicYear, (string, string)>>(StringComparer.Ordinal);
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

            calendars[property.Name] = ReadEntries(property.Name, entries, sink, termFiles);
        }

        return new AuthorityCalendarsFile(calendars);
    }

    private static Dictionary<AcademicYear, (string, string)> ReadEntries(string authority, JArray entries, ProblemSink sink, IReadOnlyDictionary<(string, AcademicYear), string?> termFiles)
    {
        var years = new Dictionary<AcademicYear, (string, string)>();
        var lines = new Dictionary<AcademicYear, int>();
        var index = 0;
        foreach (var token in entries)
        {
            var at = $"authorities.{authority}[{index++}]";
            if (token is not JObject entry)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, $"{at} must be an object with academicYear, calendar and source");
                continue;
            }

            var fields = new ObjectFields(entry, sink, at);
            var yearText = fields.String("academicYear", required: true);
            var calendarId = fields.String("calendar", required: true);
            var source = fields.String("source", required: true);
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

            years[year] = (calendarId, source);
        }

        return years;
    }
}

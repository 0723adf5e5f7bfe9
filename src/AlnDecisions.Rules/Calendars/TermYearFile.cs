using System.Text.RegularExpressions;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>One school year of one term calendar: terms/&lt;calendar&gt;/&lt;YYYY-YY&gt;.json.</summary>
/// <param name="CalendarId">The calendar, e.g. wales-harmonised.</param>
/// <param name="Year">The school year.</param>
/// <param name="Kind">SCHOOL or FEI.</param>
/// <param name="Source">Where the dates come from, on one line.</param>
/// <param name="Terms">Term blocks, in order.</param>
/// <param name="Closures">Days inside terms the settings are shut.</param>
internal sealed partial record TermYearFile(string CalendarId, AcademicYear Year, string Kind, string Source, IReadOnlyList<TermRange> Terms, IReadOnlyList<DateOnly> Closures)
{
    public const string School = "SCHOOL";
    public const string FurtherEducation = "FEI";

    /// <summary>The calendar id and year a path names, when it is a term file's path.</summary>
    public static bool TryReadPath(string file, out string calendarId, out AcademicYear year)
    {
        var match = PathPattern().Match(file);
        calendarId = match.Success ? match.Groups[1].Value : string.Empty;
        year = default;
        return match.Success && AcademicYear.TryParse(match.Groups[2].Value, out year);
    }

    public static TermYearFile? Parse(JObject root, ProblemSink sink, string calendarIdFromPath, AcademicYear yearFromPath, BankHolidayFile? bankHolidays)
    {
        var fields = new ObjectFields(root, sink, "term calendar");
        fields.Allow("$schema");
        var calendarId = fields.String("calendar", required: true);
        var yearText = fields.String("academicYear", required: true);
        var kind = fields.String("kind", required: true);
        var source = CalendarJson.ReadSource(fields.Object("source", required: true), sink, "publisher", "url", "confidence");
        var termsJson = fields.Array("terms", required: true);
        var closuresJson = fields.Array("closures", required: true);
        fields.ReportUnknown();

        if (calendarId is not null && calendarId != calendarIdFromPath)
        {
            sink.Add(CalendarProblemCodes.FileMisplaced, root["calendar"]!, null, $"calendar '{calendarId}' is in the folder for '{calendarIdFromPath}'; the folder names the calendar");
        }

        if (yearText is not null && (!AcademicYear.TryParse(yearText, out var year) || year != yearFromPath))
        {
            sink.Add(CalendarProblemCodes.FileMisplaced, root["academicYear"]!, null, $"academicYear '{yearText}' must be written YYYY-YY and match the file name ({yearFromPath}.json)");
        }

        if (kind is not null and not (School or FurtherEducation))
        {
            sink.Add(ProblemCodes.FieldInvalid, root["kind"]!, null, $"kind '{kind}' is not {School} or {FurtherEducation}");
        }

        var terms = ReadTerms(termsJson, sink, yearFromPath, out var termJson);
        var closures = CalendarJson.ReadClosures(closuresJson, sink, "closures", terms);
        if (bankHolidays is not null)
        {
            CheckBankHolidays(terms, termJson, closures, bankHolidays, sink);
        }

        return source is null || termsJson is null || closuresJson is null
            ? null
            : new TermYearFile(calendarIdFromPath, yearFromPath, kind ?? School, source, terms, closures.Select(c => c.Date).ToArray());
    }

    private static List<TermRange> ReadTerms(JArray? json, ProblemSink sink, AcademicYear year, out Dictionary<TermRange, JObject> termJson)
    {
        termJson = [];
        var terms = new List<TermRange>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        if (json is { Count: 0 })
        {
            sink.Add(ProblemCodes.FieldInvalid, json, null, "terms must hold at least one term block");
        }

        var index = 0;
        foreach (var token in json ?? [])
        {
            var at = $"terms[{index++}]";
            if (token is not JObject termObject)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, $"{at} must be an object with name, start and end");
                continue;
            }

            var fields = new ObjectFields(termObject, sink, at);
            var name = fields.String("name", required: true);
            var start = fields.Date("start", required: true);
            var end = fields.Date("end", required: true);
            fields.ReportUnknown();
            var line = ((IJsonLineInfo)termObject).LineNumber;
            if (name is not null && !names.TryAdd(name, line))
            {
                sink.Add(CalendarProblemCodes.Duplicate, termObject["name"]!, null, $"{at}: term name '{name}' is already used at line {names[name]}");
            }

            if (start is not { } first || end is not { } last)
            {
                continue;
            }

            var fits = true;
            foreach (var (field, day) in new[] { ("start", first), ("end", last) })
            {
                if (!year.Contains(day))
                {
                    sink.Add(CalendarProblemCodes.DateOutOfRange, termObject[field]!, null, $"{at}.{field} {day:yyyy-MM-dd} is outside school year {year} ({year.FirstDay:yyyy-MM-dd} to {year.LastDay:yyyy-MM-dd})");
                    fits = false;
                }
                else if (!CalendarJson.IsWeekday(day))
                {
                    sink.Add(CalendarProblemCodes.DateNotWeekday, termObject[field]!, null, $"{at}.{field} {day:yyyy-MM-dd} is a {day.DayOfWeek}; terms start and end on weekdays (check the date)");
                }
            }

            if (last < first)
            {
                sink.Add(ProblemCodes.FieldInvalid, termObject["end"]!, null, $"{at} ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd})");
                fits = false;
            }

            if (fits)
            {
                var term = new TermRange(first, last);
                terms.Add(term);
                termJson[term] = termObject;
            }
        }

        // Report each overlap once, on the later block, naming the earlier one's line.
        var ordered = terms.OrderBy(term => term.Start).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var earlier = ordered.Take(i).MaxBy(term => term.End)!;
            if (ordered[i].Start <= earlier.End)
            {
                sink.Add(CalendarProblemCodes.TermsOverlap, termJson[ordered[i]], null,
                    $"term {ordered[i].Start:yyyy-MM-dd} to {ordered[i].End:yyyy-MM-dd} overlaps the term {earlier.Start:yyyy-MM-dd} to {earlier.End:yyyy-MM-dd} at line {((IJsonLineInfo)termJson[earlier]).LineNumber}");
            }
        }

        return [.. ordered];
    }

    /// <summary>
    /// Every bank holiday on a weekday in term must be a closure, and every BANK_HOLIDAY closure
    /// must be a bank holiday. A school is shut on a bank holiday, so a calendar that forgot the
    /// Early May bank holiday would count it as a school day.
    /// </summary>
    private static void CheckBankHolidays(List<TermRange> terms, Dictionary<TermRange, JObject> termJson, List<(DateOnly Date, string Reason, JObject Json)> closures, BankHolidayFile bankHolidays, ProblemSink sink)
    {
        var closed = closures.Select(c => c.Date).ToHashSet();
        foreach (var (day, name) in bankHolidays.Dates.OrderBy(pair => pair.Key))
        {
            var term = terms.FirstOrDefault(t => t.Contains(day));
            if (term is not null && !closed.Contains(day))
            {
                sink.Add(CalendarProblemCodes.BankHolidayMismatch, termJson[term], null, $"{name} ({day:yyyy-MM-dd}) falls in this term; list it in closures with reason BANK_HOLIDAY");
            }
        }

        foreach (var (day, reason, json) in closures)
        {
            if (reason == "BANK_HOLIDAY" && bankHolidays.Years.Contains(day.Year) && !bankHolidays.Dates.ContainsKey(day))
            {
                sink.Add(CalendarProblemCodes.BankHolidayMismatch, json["date"]!, null, $"{day:yyyy-MM-dd} is not in the bank-holiday list ({BankHolidayFile.Path}); give another reason or check the date");
            }
        }
    }

    [GeneratedRegex(@"^terms/([a-z0-9]+(?:-[a-z0-9]+)*)/([^/]+)\.json$")]
    private static partial Regex PathPattern();
}

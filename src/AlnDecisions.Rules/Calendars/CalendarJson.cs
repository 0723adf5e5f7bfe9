using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>Reading pieces every calendar file shares: the JSON itself with line info, a source, closures.</summary>
internal static class CalendarJson
{
    /// <summary>Reasons a setting may be shut on a term weekday.</summary>
    public static readonly string[] ClosureReasons = ["BANK_HOLIDAY", "INSET", "OTHER"];

    /// <summary>
    /// Reads a source object into one line for explanations. <paramref name="required"/> names the
    /// fields this kind of file must give; the rest of title, publisher, url, published, retrieved,
    /// confidence and notes are optional.
    /// </summary>
    public static string? ReadSource(JObject? json, ProblemSink sink, params string[] required)
    {
        if (json is null)
        {
            return null;
        }

        var fields = new ObjectFields(json, sink, "source");
        var title = fields.String("title", required: true);
        var publisher = fields.String("publisher", required.Contains("publisher"));
        var url = fields.String("url", required.Contains("url"));
        var published = fields.Date("published", required.Contains("published"));
        var retrieved = fields.Date("retrieved", required.Contains("retrieved"));
        var confidence = fields.String("confidence", required.Contains("confidence"));
        fields.String("notes", required: false);
        fields.ReportUnknown();
        if (confidence is not null and not ("P" or "S" or "U"))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["confidence"]!, null, "source.confidence is P (primary source read), S (secondary source) or U (not confirmed)");
        }

        if (title is null)
        {
            return null;
        }

        var parts = new List<string> { title };
        if (publisher is not null)
        {
            parts.Add(publisher);
        }

        if (published is { } day)
        {
            parts.Add($"published {day:yyyy-MM-dd}");
        }

        if (retrieved is { } read)
        {
            parts.Add($"retrieved {read:yyyy-MM-dd}");
        }

        if (url is not null)
        {
            parts.Add(url);
        }

        if (confidence is not null)
        {
            parts.Add($"confidence {confidence}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// Reads a closures array. Each closure is a weekday inside one of <paramref name="terms"/>
    /// (when they are known), given once.
    /// </summary>
    public static List<(DateOnly Date, string Reason, JObject Json)> ReadClosures(JArray? json, ProblemSink sink, string where, IReadOnlyList<TermRange>? terms)
    {
        var closures = new List<(DateOnly, string, JObject)>();
        var seen = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var token in json ?? [])
        {
            var at = $"{where}[{index++}]";
            if (token is not JObject closure)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, $"{at} must be an object with date, reason and an optional note");
                continue;
            }

            var fields = new ObjectFields(closure, sink, at);
            var date = fields.Date("date", required: true);
            var reason = fields.String("reason", required: true);
            fields.String("note", required: false);
            fields.ReportUnknown();
            if (reason is not null && !ClosureReasons.Contains(reason, StringComparer.Ordinal))
            {
                sink.Add(ProblemCodes.FieldInvalid, closure["reason"]!, null, $"{at}.reason '{reason}' is not one of {string.Join(", ", ClosureReasons)}");
                reason = null;
            }

            if (date is not { } day)
            {
                continue;
            }

            var line = ((IJsonLineInfo)closure).LineNumber;
            if (!seen.TryAdd(day, line))
            {
                sink.Add(CalendarProblemCodes.Duplicate, closure["date"]!, null, $"{at}: {day:yyyy-MM-dd} is already a closure at line {seen[day]}");
                continue;
            }

            if (!IsWeekday(day))
            {
                sink.Add(CalendarProblemCodes.DateNotWeekday, closure["date"]!, null, $"{at}: {day:yyyy-MM-dd} is a {day.DayOfWeek}; a weekend is never a school day, so it cannot be a closure (check the date)");
            }
            else if (terms is not null && !terms.Any(term => term.Contains(day)))
            {
                sink.Add(CalendarProblemCodes.DateOutOfRange, closure["date"]!, null, $"{at}: {day:yyyy-MM-dd} is not inside any term");
            }

            if (reason is not null)
            {
                closures.Add((day, reason, closure));
            }
        }

        return closures;
    }

    /// <summary>
    /// Reads an entry's academic year, reporting a badly written year or a year already given
    /// (at <paramref name="lines"/>' line) with <paramref name="duplicate"/>'s message.
    /// </summary>
    public static bool TryReadYearOnce(JObject entry, string yearText, ProblemSink sink, string at,
        Dictionary<AcademicYear, int> lines, Func<AcademicYear, int, string> duplicate, out AcademicYear year)
    {
        if (!AcademicYear.TryParse(yearText, out year))
        {
            sink.Add(ProblemCodes.FieldInvalid, entry["academicYear"]!, null, $"{at}.academicYear '{yearText}' must be written YYYY-YY, e.g. 2025-26");
            return false;
        }

        if (!lines.TryAdd(year, ((IJsonLineInfo)entry).LineNumber))
        {
            sink.Add(CalendarProblemCodes.Duplicate, entry["academicYear"]!, null, duplicate(year, lines[year]));
            return false;
        }

        return true;
    }

    public static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}

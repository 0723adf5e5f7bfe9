using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>The bank-holiday list: every bank holiday in the calendar years it says it covers.</summary>
/// <param name="Dates">Each bank holiday and its name.</param>
/// <param name="Years">The calendar years the list is complete for.</param>
/// <param name="Source">Where it comes from, on one line.</param>
internal sealed record BankHolidayFile(IReadOnlyDictionary<DateOnly, string> Dates, IReadOnlyList<int> Years, string Source)
{
    /// <summary>The file's path relative to the calendars directory.</summary>
    public const string Path = "bank-holidays/england-and-wales.json";

    public static BankHolidayFile? Parse(JObject root, ProblemSink sink)
    {
        var fields = new ObjectFields(root, sink, "bank holidays");
        fields.Allow("$schema");
        var source = CalendarJson.ReadSource(fields.Object("source", required: true), sink, "publisher", "url", "retrieved");
        var yearsJson = fields.Array("years", required: true);
        var datesJson = fields.Array("dates", required: true);
        fields.ReportUnknown();

        var years = new List<int>();
        foreach (var token in yearsJson ?? [])
        {
            if (token.Type != JTokenType.Integer || (int)token is < 1900 or > 2200)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, "each of years is a calendar year such as 2026");
            }
            else if (years.Contains((int)token))
            {
                sink.Add(CalendarProblemCodes.Duplicate, token, null, $"year {(int)token} is listed twice");
            }
            else
            {
                years.Add((int)token);
            }
        }

        var dates = new Dictionary<DateOnly, string>();
        var index = 0;
        foreach (var token in datesJson ?? [])
        {
            var at = $"dates[{index++}]";
            if (token is not JObject entry)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, $"{at} must be an object with date and name");
                continue;
            }

            var entryFields = new ObjectFields(entry, sink, at);
            var date = entryFields.Date("date", required: true);
            var name = entryFields.String("name", required: true);
            entryFields.ReportUnknown();
            if (date is not { } day || name is null)
            {
                continue;
            }

            if (!years.Contains(day.Year))
            {
                sink.Add(CalendarProblemCodes.DateOutOfRange, entry["date"]!, null, $"{at}: {day:yyyy-MM-dd} is in {day.Year}, which is not in years; add the year only when its whole list is here");
            }
            else if (!CalendarJson.IsWeekday(day))
            {
                sink.Add(CalendarProblemCodes.DateNotWeekday, entry["date"]!, null, $"{at}: {day:yyyy-MM-dd} is a {day.DayOfWeek}; a bank holiday at a weekend moves to a substitute weekday, so list that day instead");
            }
            else if (!dates.TryAdd(day, name))
            {
                sink.Add(CalendarProblemCodes.Duplicate, entry["date"]!, null, $"{at}: {day:yyyy-MM-dd} is already listed as {dates[day]}");
            }
        }

        return source is null || yearsJson is null || datesJson is null ? null : new BankHolidayFile(dates, years.Order().ToArray(), source);
    }
}

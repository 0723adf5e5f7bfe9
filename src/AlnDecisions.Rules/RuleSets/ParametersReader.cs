using AlnDecisions.Domain;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Reads a rule set's <c>parameters</c>: settings the law leaves to data (compulsory school age, pause reasons).</summary>
internal static class ParametersReader
{
    public static (CompulsorySchoolAgeRule? SchoolAge, IReadOnlyList<PauseReason>? PauseReasons) Read(JObject json, ProblemSink sink)
    {
        var fields = new ObjectFields(json, sink, "parameters");
        var schoolAge = fields.Object("compulsorySchoolAge", required: false);
        var pauses = fields.Array("pauseReasons", required: false);
        fields.ReportUnknown();
        return (schoolAge is null ? null : SchoolAge(schoolAge, sink), pauses is null ? null : PauseReasons(pauses, sink));
    }

    private static CompulsorySchoolAgeRule? SchoolAge(JObject csa, ProblemSink sink)
    {
        var fields = new ObjectFields(csa, sink, "parameters.compulsorySchoolAge");
        var startAge = fields.Int("startAgeYears", required: true);
        var prescribed = fields.Array("startPrescribedDays", required: true);
        var leavingAge = fields.Int("leavingAgeYears", required: true);
        var leavingMonth = fields.Int("leavingMonth", required: true);
        var leavingWeekday = fields.String("leavingWeekday", required: true);
        var schoolYearStartMonth = fields.Int("schoolYearStartMonth", required: true);
        var citations = fields.Array("citations", required: true);
        fields.Allow("description");
        fields.ReportUnknown();
        if (citations is not null)
        {
            TextFields.Citations(citations, sink, null);
        }

        var days = new List<(int, int)>();
        foreach (var day in prescribed ?? [])
        {
            if (day.Type == JTokenType.String && DateOnly.TryParseExact("2000-" + (string)day!, "yyyy-MM-dd", out var parsed))
            {
                days.Add((parsed.Month, parsed.Day));
            }
            else
            {
                sink.Add(ProblemCodes.FieldInvalid, day, null, "each of parameters.compulsorySchoolAge.startPrescribedDays must be written MM-DD");
            }
        }

        if (leavingWeekday is not null && !Enum.TryParse<DayOfWeek>(leavingWeekday, ignoreCase: false, out _))
        {
            sink.Add(ProblemCodes.FieldInvalid, csa["leavingWeekday"]!, null, $"leavingWeekday '{leavingWeekday}' is not a day of the week (e.g. Friday)");
            return null;
        }

        foreach (var (name, month) in new[] { ("leavingMonth", leavingMonth), ("schoolYearStartMonth", schoolYearStartMonth) })
        {
            if (month is < 1 or > 12)
            {
                sink.Add(ProblemCodes.FieldInvalid, csa[name]!, null, $"{name} must be a month number 1-12");
                return null;
            }
        }

        foreach (var (name, years) in new[] { ("startAgeYears", startAge), ("leavingAgeYears", leavingAge) })
        {
            if (years is < 1 or > 25)
            {
                sink.Add(ProblemCodes.FieldInvalid, csa[name]!, null, $"{name} must be an age in years from 1 to 25");
                return null;
            }
        }

        if (startAge is null || leavingAge is null || leavingMonth is null || leavingWeekday is null || schoolYearStartMonth is null || days.Count == 0)
        {
            return null;
        }

        return new CompulsorySchoolAgeRule(startAge.Value, days, leavingAge.Value, leavingMonth.Value,
            Enum.Parse<DayOfWeek>(leavingWeekday), schoolYearStartMonth.Value);
    }

    private static List<PauseReason> PauseReasons(JArray json, ProblemSink sink)
    {
        var reasons = new List<PauseReason>();
        foreach (var token in json)
        {
            if (token is not JObject reasonJson)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, "each pause reason is an object with code, text and citations");
                continue;
            }

            var fields = new ObjectFields(reasonJson, sink, "pause reason");
            var code = fields.String("code", required: true);
            var textJson = fields.Object("text", required: true);
            var citations = fields.Array("citations", required: true);
            fields.ReportUnknown();
            if (citations is not null)
            {
                TextFields.Citations(citations, sink, null);
            }

            if (code is not null && textJson is not null && TextFields.Text(textJson, sink, null, "pauseReasons[].text") is { } text)
            {
                reasons.Add(new PauseReason(code, text));
            }
        }

        return reasons;
    }
}

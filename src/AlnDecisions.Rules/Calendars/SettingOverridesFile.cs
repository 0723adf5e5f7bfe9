using System.Text.RegularExpressions;
using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using AlnDecisions.Rules.RuleSets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.Calendars;

/// <summary>
/// settings/&lt;reference&gt;.json: one setting's own closures (its school-chosen INSET days) on
/// top of its authority's calendar, per school year.
/// </summary>
/// <param name="Setting">The setting's reference (the file name).</param>
/// <param name="Authority">The authority whose calendar the setting follows.</param>
/// <param name="Closures">Extra closures, per school year.</param>
/// <param name="Source">Where they come from, on one line.</param>
internal sealed partial record SettingOverridesFile(string Setting, string Authority, IReadOnlyDictionary<AcademicYear, IReadOnlyList<DateOnly>> Closures, string Source)
{
    /// <summary>The setting reference a path names, when it is a setting file's path.</summary>
    public static bool TryReadPath(string file, out string reference)
    {
        var match = PathPattern().Match(file);
        reference = match.Success ? match.Groups[1].Value : string.Empty;
        return match.Success;
    }

    /// <param name="root">The file.</param>
    /// <param name="sink">Where problems go.</param>
    /// <param name="referenceFromPath">The reference the file name gives.</param>
    /// <param name="termsFor">The terms of the authority's calendar for a year; null when the authority has no calendar that year; empty when that calendar's file has problems.</param>
    public static SettingOverridesFile? Parse(JObject root, ProblemSink sink, string referenceFromPath, Func<string, AcademicYear, IReadOnlyList<TermRange>?> termsFor)
    {
        var fields = new ObjectFields(root, sink, "setting");
        fields.Allow("$schema");
        var setting = fields.String("setting", required: true);
        var authority = fields.String("authority", required: true);
        var overridesJson = fields.Array("overrides", required: true);
        var source = CalendarJson.ReadSource(fields.Object("source", required: true), sink);
        fields.ReportUnknown();

        if (setting is not null && setting != referenceFromPath)
        {
            sink.Add(CalendarProblemCodes.FileMisplaced, root["setting"]!, null, $"setting '{setting}' is in the file for '{referenceFromPath}'; the file name is the setting's reference");
        }

        if (authority is not null && !Authorities.IsWelsh(authority))
        {
            sink.Add(ProblemCodes.FieldInvalid, root["authority"]!, null, $"authority '{authority}' is not one of the 22 Welsh authority codes");
            authority = null;
        }

        var closures = new Dictionary<AcademicYear, IReadOnlyList<DateOnly>>();
        var lines = new Dictionary<AcademicYear, int>();
        var index = 0;
        foreach (var token in overridesJson ?? [])
        {
            var at = $"overrides[{index++}]";
            if (token is not JObject entry)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, $"{at} must be an object with academicYear and closures");
                continue;
            }

            var entryFields = new ObjectFields(entry, sink, at);
            var yearText = entryFields.String("academicYear", required: true);
            var closuresJson = entryFields.Array("closures", required: true);
            entryFields.ReportUnknown();
            if (yearText is null)
            {
                continue;
            }

            if (!CalendarJson.TryReadYearOnce(entry, yearText, sink, at, lines, (y, line) => $"{at}: {y} already has overrides at line {line}", out var year))
            {
                continue;
            }

            var terms = authority is null ? null : termsFor(authority, year);
            if (authority is not null && terms is null)
            {
                sink.Add(CalendarProblemCodes.CalendarUnknown, entry["academicYear"]!, null, $"{at}: {authority} has no calendar for {year} in {AuthorityCalendarsFile.Path}, so these closures would never apply");
            }

            // When the authority's calendar file itself has problems its terms are unknown; its own file reports why.
            var knownTerms = terms is { Count: > 0 } ? terms : null;
            var read = CalendarJson.ReadClosures(closuresJson, sink, $"{at}.closures", knownTerms);
            foreach (var (day, _, json) in read.Where(c => knownTerms is null && !year.Contains(c.Date)))
            {
                sink.Add(CalendarProblemCodes.DateOutOfRange, json["date"]!, null, $"{at}.closures: {day:yyyy-MM-dd} is outside school year {year}");
            }

            closures[year] = read.Select(c => c.Date).ToArray();
        }

        return setting is null || authority is null || overridesJson is null || source is null
            ? null
            : new SettingOverridesFile(referenceFromPath, authority, closures, source);
    }

    [GeneratedRegex(@"^settings/([a-z0-9]+(?:-[a-z0-9]+)*)\.json$")]
    private static partial Regex PathPattern();
}

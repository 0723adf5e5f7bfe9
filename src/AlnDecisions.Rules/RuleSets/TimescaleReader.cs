using AlnDecisions.Domain;
using AlnDecisions.Domain.Timescales;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Reads a STATUTORY_TIMESCALES rule's <c>timescale</c>.</summary>
internal static class TimescaleReader
{
    public static TimescaleDefinition? Read(JObject json, ProblemSink sink, string? ruleName)
    {
        var fields = new ObjectFields(json, sink, "timescale", ruleName);
        var start = TextFields.Codes<CaseEventKind>(fields.Array("startEvents", required: true), sink, ruleName, "timescale.startEvents");
        var startBodies = TextFields.Codes<EventBody>(fields.Array("startBodies", required: false), sink, ruleName, "timescale.startBodies");
        var periodStart = fields.String("periodStart", required: true);
        var basis = fields.String("basis", required: true);
        var length = fields.Int("length", required: true);
        var metBy = TextFields.Codes<CaseEventKind>(fields.Array("metBy", required: false), sink, ruleName, "timescale.metBy");
        var metByBodies = TextFields.Codes<EventBody>(fields.Array("metByBodies", required: false), sink, ruleName, "timescale.metByBodies");
        var extendedBy = fields.String("extendedBy", required: false);
        var extensionLength = fields.Int("extensionLength", required: false);
        var metBySameBody = fields.Bool("metBySameBody") ?? false;
        fields.ReportUnknown();

        PeriodStart parsedStart = default;
        CountingBasis parsedBasis = default;
        CaseEventKind parsedExtension = default;
        var ok = true;
        if (periodStart is not null && !UpperSnakeCase.TryParse(periodStart, out parsedStart))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["periodStart"]!, ruleName, $"periodStart is one of {string.Join(", ", UpperSnakeCase.Names<PeriodStart>())}");
            ok = false;
        }

        if (basis is not null && !UpperSnakeCase.TryParse(basis, out parsedBasis))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["basis"]!, ruleName, $"basis is one of {string.Join(", ", UpperSnakeCase.Names<CountingBasis>())}");
            ok = false;
        }

        if (extendedBy is not null && !UpperSnakeCase.TryParse(extendedBy, out parsedExtension))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["extendedBy"]!, ruleName, "extendedBy must be an event kind");
            ok = false;
        }

        // A period longer than this is no statutory timescale, and counting it would walk years of days.
        const int longest = 400;
        if (length is < 1 or > longest || extensionLength is < 0 or > longest || (extendedBy is null) != (extensionLength is null))
        {
            sink.Add(ProblemCodes.FieldInvalid, json, ruleName, $"length must be from 1 to {longest}, extensionLength from 0 to {longest}, and extendedBy and extensionLength go together");
            ok = false;
        }

        return ok && start is { Count: > 0 } && periodStart is not null && basis is not null && length is not null
            ? new TimescaleDefinition(start, startBodies ?? [], parsedStart, parsedBasis, length.Value, metBy ?? [], metByBodies ?? [],
                extendedBy is null ? null : parsedExtension, extensionLength ?? 0, metBySameBody)
            : null;
    }
}

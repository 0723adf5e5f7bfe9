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
        var rollForward = fields.String("rollForward", required: false);
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

        // Each calendar-basis period says whose roll-forward applies (reg 2(4) covers only the
        // Regulations' own periods), so none is assumed; a term-day period ends on a day the setting
        // is open and has nothing to roll forward.
        RollForward? parsedRollForward = null;
        var termBasis = parsedBasis is CountingBasis.SchoolDays or CountingBasis.FeiTermTimeDays;
        if (basis is not null && ok)
        {
            if (termBasis && rollForward is not null)
            {
                sink.Add(ProblemCodes.FieldInvalid, json["rollForward"]!, ruleName, $"rollForward is for calendar-basis periods; a {basis} period ends on a day the setting is open, so remove it");
                ok = false;
            }
            else if (!termBasis && rollForward is null)
            {
                sink.Add(ProblemCodes.FieldMissing, json, ruleName, $"a {basis} period must say whose roll-forward applies: rollForward is one of {string.Join(", ", RollForwards.Names)} (reg 2(4) covers only periods the ALN (Wales) Regulations 2021 set)");
                ok = false;
            }
            else if (rollForward is not null)
            {
                if (!RollForwards.TryParse(rollForward, out var value))
                {
                    sink.Add(ProblemCodes.FieldInvalid, json["rollForward"]!, ruleName, $"rollForward is one of {string.Join(", ", RollForwards.Names)}");
                    ok = false;
                }
                else if (value == RollForward.EtwFirstWorkingDay && parsedStart != PeriodStart.DayAfterEvent)
                {
                    // "The first working day after the end of" a period beginning with the notice's date is
                    // the last day of the same period counted from the day after, when that is a working day.
                    sink.Add(ProblemCodes.FieldInvalid, json["rollForward"]!, ruleName, "ETW_FIRST_WORKING_DAY counts its period from the day after the event (periodStart DAY_AFTER_EVENT)");
                    ok = false;
                }
                else
                {
                    parsedRollForward = value;
                }
            }
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
                extendedBy is null ? null : parsedExtension, extensionLength ?? 0, metBySameBody, parsedRollForward)
            : null;
    }
}

using System.Globalization;
using System.Text;
using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using CaseEvent = AlnDecisions.Domain.CaseEvent;
using DecisionKind = AlnDecisions.Domain.DecisionKind;
using CaseEventKind = AlnDecisions.Domain.CaseEventKind;
using EventBody = AlnDecisions.Domain.EventBody;

namespace AlnDecisions.Contract;

/// <summary>
/// Checks a <see cref="DecisionRequest"/> and maps it to a <see cref="DecisionCase"/>. Every bad
/// field is reported at once, by its proto3 JSON name and with at most a short excerpt of the bad
/// value, so an MIS developer fixes a request in one go and an error never grows with its input.
/// The learner's facts are read as the proto declares them (<see cref="ContractFacts"/>).
/// </summary>
public static class DecisionRequestMapper
{
    private const int MaxCaseReferenceLength = 128;
    private const int MaxKinds = 16;
    /// <summary>The most events a request may carry.</summary>
    internal const int MaxEvents = 200;
    /// <summary>The longest reason, evidence or step an event may carry.</summary>
    internal const int MaxEventTextLength = 200;

    private static readonly FactDefinition DateOfBirth = ContractFacts.Schema.Require("learner.dateOfBirth");
    private static readonly FactDefinition MetByUniversalProvision = ContractFacts.Schema.Require("learner.provision.metByUniversalProvision");
    private static readonly FactDefinition AdditionalOrDifferentRequired = ContractFacts.Schema.Require("learner.provision.additionalOrDifferentRequired");

    /// <summary>Maps <paramref name="request"/>; <paramref name="today"/> (Europe/London) is the default decision date.</summary>
    public static RequestMapping Map(DecisionRequest request, DateOnly today)
    {
        var violations = new List<FieldViolation>();
        CheckCaseReference(request.CaseReference, violations);

        if (string.IsNullOrWhiteSpace(request.Authority))
        {
            violations.Add(new("authority", "required: the code of the Welsh local authority the decision is made in, e.g. cardiff"));
        }
        else if (!Authorities.IsWelsh(request.Authority))
        {
            violations.Add(new("authority", $"'{Excerpt.Of(request.Authority)}' is not one of the 22 Welsh authority codes: {string.Join(" ", Authorities.Welsh)}"));
        }

        var decisionDate = today;
        var dateKnown = true;
        if (!string.IsNullOrEmpty(request.DecisionDate))
        {
            if (!RequestDates.TryParse(request.DecisionDate, out decisionDate))
            {
                violations.Add(new("decisionDate", $"'{Excerpt.Of(request.DecisionDate)}' is not a date written YYYY-MM-DD"));
                dateKnown = false;
            }
            else if (decisionDate < RequestDates.ActAssented || decisionDate > RequestDates.LatestDecisionDate)
            {
                violations.Add(new("decisionDate", $"must be between {RequestDates.Format(RequestDates.ActAssented)} (when the Act was made) and {RequestDates.Format(RequestDates.LatestDecisionDate)}"));
                dateKnown = false;
            }
        }

        var kinds = Kinds(request, violations);
        var view = request.View switch
        {
            DecisionView.Types.Value.Basic => ResponseView.Basic,
            DecisionView.Types.Value.Full or DecisionView.Types.Value.DecisionViewUnspecified => ResponseView.Full,
            _ => Invalid(violations, "view", $"'{request.View}' is not one of BASIC, FULL"),
        };

        // Dates in the learner and the events are checked against the decision date only when it is
        // itself valid, so one bad date is reported once, not again on every date compared with it.
        var checkAgainst = dateKnown ? decisionDate : RequestDates.LatestDecisionDate;
        var facts = FactReader.Read(request.Learner, checkAgainst, violations);
        CheckConsistency(facts, violations);
        var events = MapEvents(request.Events, checkAgainst, facts[DateOfBirth] as DateOnly?, violations);
        return violations.Count > 0
            ? new RequestMapping(null, view, violations)
            : new RequestMapping(new DecisionCase(request.CaseReference, request.Authority, decisionDate, kinds, facts, events), view, []);
    }

    private static ResponseView Invalid(List<FieldViolation> violations, string field, string description)
    {
        violations.Add(new(field, description));
        return ResponseView.Full;
    }

    private static void CheckCaseReference(string reference, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            violations.Add(new("caseReference", "required: the caller's pseudonymous reference for the case"));
        }
        else if (reference.Length > MaxCaseReferenceLength)
        {
            violations.Add(new("caseReference", $"must be at most {MaxCaseReferenceLength} characters"));
        }
        else if (reference.EnumerateRunes().Any(r => Rune.IsControl(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.Format))
        {
            violations.Add(new("caseReference", "must not contain control or formatting characters"));
        }
    }

    private static List<DecisionKind> Kinds(DecisionRequest request, List<FieldViolation> violations)
    {
        var kinds = new List<DecisionKind>();
        if (request.Kinds.Count > MaxKinds)
        {
            violations.Add(new("kinds", $"may name at most {MaxKinds} kinds"));
            return kinds;
        }

        foreach (var kind in request.Kinds)
        {
            if (ContractEnums.TryDomain(kind, out DecisionKind domainKind))
            {
                if (!kinds.Contains(domainKind))
                {
                    kinds.Add(domainKind);
                }
            }
            else
            {
                violations.Add(new("kinds", $"'{kind}' is not a decision kind; use one of {string.Join(", ", UpperSnakeCase.Names<DecisionKind>())}"));
            }
        }

        return kinds;
    }

    /// <summary>Facts that cannot both hold.</summary>
    private static void CheckConsistency(FactValues facts, List<FieldViolation> violations)
    {
        if (facts[MetByUniversalProvision] is true && facts[AdditionalOrDifferentRequired] is true)
        {
            violations.Add(new(MetByUniversalProvision.Path,
                $"contradicts {AdditionalOrDifferentRequired.Path}: needs met by universal provision do not call for additional or different provision (s.3(1))"));
        }
    }

    private static List<CaseEvent> MapEvents(Google.Protobuf.Collections.RepeatedField<V1.CaseEvent> events, DateOnly decisionDate, DateOnly? born, List<FieldViolation> violations)
    {
        var mapped = new List<CaseEvent>();
        if (events.Count > MaxEvents)
        {
            violations.Add(new("events", $"may hold at most {MaxEvents} events"));
            return mapped;
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var field = $"events[{i}]";
            CaseEventKind? kind = null;
            if (Convert.ToInt32(e.Kind, CultureInfo.InvariantCulture) == 0)
            {
                violations.Add(new(field + ".kind", $"required: one of {string.Join(", ", UpperSnakeCase.Names<CaseEventKind>())}"));
            }
            else if (ContractEnums.TryDomain(e.Kind, out CaseEventKind known))
            {
                kind = known;
            }
            else
            {
                violations.Add(new(field + ".kind", $"'{e.Kind}' is not one of {string.Join(", ", UpperSnakeCase.Names<CaseEventKind>())}"));
            }

            DateOnly? date = null;
            if (!RequestDates.TryParse(e.Date, out var parsed))
            {
                violations.Add(new(field + ".date", $"'{Excerpt.Of(e.Date)}' is not a date written YYYY-MM-DD"));
            }
            else if (parsed > decisionDate)
            {
                violations.Add(new(field + ".date", "is after the decision date: events are what has already happened"));
            }
            else if (parsed < RequestDates.ActAssented)
            {
                violations.Add(new(field + ".date", $"is before {RequestDates.Format(RequestDates.ActAssented)}, when the Act was made"));
            }
            else if (born is { } birth && parsed < birth)
            {
                violations.Add(new(field + ".date", "is before the learner's date of birth"));
            }
            else
            {
                date = parsed;
            }

            EventBody? body = null;
            if (Convert.ToInt32(e.Body, CultureInfo.InvariantCulture) != 0)
            {
                if (ContractEnums.TryDomain(e.Body, out EventBody knownBody))
                {
                    body = knownBody;
                }
                else
                {
                    violations.Add(new(field + ".body", $"'{e.Body}' is not one of {string.Join(", ", UpperSnakeCase.Names<EventBody>())}"));
                }
            }

            var reason = EventText(e.Reason, field + ".reason", violations);
            var evidence = EventText(e.Evidence, field + ".evidence", violations);
            var step = EventText(e.Step, field + ".step", violations);
            if (kind is CaseEventKind.ClockPaused or CaseEventKind.DelayBeyondControl && reason is null)
            {
                violations.Add(new(field + ".reason", "required for a pause or a delay beyond control: the recorded reason"));
            }

            if (kind is { } k && date is { } d)
            {
                mapped.Add(new CaseEvent(k, d, body, reason, evidence, step));
            }
        }

        CheckPausesPair(mapped, violations);
        return mapped;
    }

    /// <summary>A clock resumes only after it was paused: a resume with no pause before it is a recording mistake.</summary>
    private static void CheckPausesPair(List<CaseEvent> events, List<FieldViolation> violations)
    {
        var ordered = events.Select((e, index) => (Event: e, Index: index)).OrderBy(p => p.Event.Date).ThenBy(p => p.Index);
        var paused = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (e, index) in ordered)
        {
            var step = e.Step ?? string.Empty;
            if (e.Kind == CaseEventKind.ClockPaused)
            {
                paused[step] = paused.GetValueOrDefault(step) + 1;
            }
            else if (e.Kind == CaseEventKind.ClockResumed)
            {
                if (paused.GetValueOrDefault(step) == 0 && (step.Length == 0 || paused.GetValueOrDefault(string.Empty) == 0))
                {
                    violations.Add(new($"events[{index}].kind", "CLOCK_RESUMED with no CLOCK_PAUSED of the same step before it"));
                }
                else if (paused.GetValueOrDefault(step) > 0)
                {
                    paused[step]--;
                }
                else
                {
                    paused[string.Empty]--;
                }
            }
        }
    }

    private static string? EventText(string text, string field, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxEventTextLength)
        {
            violations.Add(new(field, $"must be at most {MaxEventTextLength} characters"));
            return null;
        }

        if (text.Any(char.IsControl))
        {
            violations.Add(new(field, "must not contain control characters"));
            return null;
        }

        return text;
    }
}

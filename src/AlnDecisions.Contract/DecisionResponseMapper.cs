using AlnDecisions.Contract.Facts;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using Google.Protobuf.Reflection;
using MissingInformation = AlnDecisions.Domain.MissingInformation;

namespace AlnDecisions.Contract;

/// <summary>Maps domain decisions to the contract's <see cref="DecisionResponse"/>, in the view the caller asked for.</summary>
public static class DecisionResponseMapper
{
    // Each further answer is the Decision field with its JSON name: no switch to keep in step.
    private static readonly Dictionary<DecisionField, FieldDescriptor> AnswerFields = Enum.GetValues<DecisionField>()
        .ToDictionary(field => field, field => V1.Decision.Descriptor.Fields.InDeclarationOrder().Single(f => f.JsonName == field.JsonName()));

    /// <summary>The response for <paramref name="decisions"/>.</summary>
    public static DecisionResponse ToResponse(DecisionSet decisions, ResponseView view = ResponseView.Full)
    {
        var response = new DecisionResponse
        {
            DecisionId = decisions.DecisionId,
            CaseReference = decisions.CaseReference,
            DecisionDate = RequestDates.Format(decisions.DecisionDate),
        };
        foreach (var decision in decisions.Decisions)
        {
            response.Decisions.Add(ToDecision(decision, view));
        }

        return response;
    }

    /// <summary>The field of the contract's Decision message that carries <paramref name="field"/>.</summary>
    public static FieldDescriptor ContractFieldOf(DecisionField field) => AnswerFields[field];

    private static V1.Decision ToDecision(Domain.Decision decision, ResponseView view)
    {
        var explanation = new V1.Explanation
        {
            Summary = Text(decision.Explanation.Summary),
            DecidingRule = decision.Explanation.DecidingRule ?? string.Empty,
        };
        if (view == ResponseView.Full)
        {
            foreach (var reason in decision.Explanation.Reasons)
            {
                explanation.Reasons.Add(ToReason(reason));
            }
        }

        foreach (var missing in decision.Explanation.Missing)
        {
            explanation.MissingInformation.Add(ToMissing(missing));
            if (missing is MissingInformation.Fact fact)
            {
                explanation.MissingFacts.Add(fact.Name);
            }
        }

        foreach (var step in decision.Explanation.NextSteps)
        {
            explanation.NextSteps.Add(Text(step));
        }

        if (decision.Explanation.PrinciplesComparison is { } comparison)
        {
            explanation.PrinciplesConflict = new V1.PrinciplesComparison
            {
                HomeAuthority = Answer(comparison.Home),
                SchoolAuthority = Answer(comparison.School),
                Disagree = comparison.Disagree,
                SettledBy = Text(comparison.SettledBy),
            };
        }

        var mapped = new V1.Decision
        {
            Kind = ContractEnums.ToContract<Domain.DecisionKind, V1.DecisionKind.Types.Value>(decision.Kind),
            Outcome = decision.Outcome.Code,
            Explanation = explanation,
            DecidingLayer = decision.DecidingLayer is { } layer ? ToLayer(layer) : V1.Layer.Types.Value.LayerUnspecified,
        };
        foreach (var (field, answer) in decision.Fields)
        {
            AnswerFields[field].Accessor.SetValue(mapped, answer switch
            {
                FieldAnswer.Flag flag => flag.Value,
                FieldAnswer.Authority authority => authority.Code,
                FieldAnswer.ListedCode code => code.Value,
                _ => throw new InvalidOperationException($"no contract form for {answer}"),
            });
        }

        foreach (var unsettled in decision.FieldsNeedingInformation)
        {
            var field = new V1.FieldNeedingInformation { Field = unsettled.Field.JsonName() };
            field.MissingFacts.AddRange(unsettled.Missing.OfType<MissingInformation.Fact>().Select(fact => fact.Name).Distinct());
            mapped.FieldsNeedingInformation.Add(field);
        }

        foreach (var deadline in decision.Deadlines)
        {
            mapped.Deadlines.Add(ToDeadline(deadline));
        }

        foreach (var set in decision.RuleSets)
        {
            mapped.RuleSets.Add(new V1.RuleSetReference
            {
                Id = set.Id,
                Authority = set.Authority,
                Version = set.Version,
                Sha256 = set.Sha256,
                Layer = ToLayer(set.Layer),
            });
        }

        return mapped;
    }

    private static V1.MissingInformation ToMissing(MissingInformation missing) => missing switch
    {
        MissingInformation.Fact fact => new V1.MissingInformation { Fact = fact.Name },
        MissingInformation.Calendar calendar => new V1.MissingInformation
        {
            Calendar = new MissingCalendar
            {
                Kind = ContractEnums.ToContract<Domain.CalendarKind, V1.CalendarKind.Types.Value>(calendar.Kind),
                Authority = calendar.Authority ?? string.Empty,
                SettingReference = calendar.SettingReference ?? string.Empty,
                AcademicYear = calendar.AcademicYear ?? string.Empty,
                Year = calendar.Year ?? 0,
            },
        },
        MissingInformation.RuleSet set => new V1.MissingInformation
        {
            RuleSet = new MissingRuleSet
            {
                Kind = ContractEnums.ToContract<Domain.DecisionKind, V1.DecisionKind.Types.Value>(set.Kind),
                Authority = set.Authority,
                Date = RequestDates.Format(set.Date),
            },
        },
        _ => throw new InvalidOperationException($"no contract form for {missing}"),
    };

    private static V1.Reason ToReason(Domain.Reason reason)
    {
        var mapped = new V1.Reason
        {
            RuleId = reason.RuleId,
            RuleSetId = reason.RuleSetId,
            Layer = ToLayer(reason.Layer),
            Result = ContractEnums.ToContract<Domain.RuleResult, V1.RuleResult.Types.Value>(reason.Result),
            Text = Text(reason.Text),
        };
        foreach (var fact in reason.Facts)
        {
            mapped.Facts.Add(new V1.FactValue { Fact = fact.Fact, Value = fact.Value });
        }

        foreach (var citation in reason.Citations)
        {
            mapped.Citations.Add(new V1.Citation { Source = citation.Source, Confidence = citation.Confidence });
        }

        return mapped;
    }

    private static V1.Deadline ToDeadline(Domain.Deadline deadline)
    {
        var mapped = new V1.Deadline
        {
            Step = deadline.Step,
            DueDate = deadline.DueDate is { } due ? RequestDates.Format(due) : string.Empty,
            StartEvent = ContractEnums.ToContract<Domain.CaseEventKind, V1.CaseEventKind.Types.Value>(deadline.StartEvent),
            StartDate = RequestDates.Format(deadline.StartDate),
            CountingBasis = ContractEnums.ToContract<Domain.Timescales.CountingBasis, V1.CountingBasis.Types.Value>(deadline.Basis),
            Length = deadline.Length,
            PausedDays = deadline.PausedDays,
            RolledForwardFrom = deadline.RolledForwardFrom is { } rolled ? RequestDates.Format(rolled) : string.Empty,
            Status = ContractEnums.ToContract<Domain.Timescales.DeadlineStatusKind, V1.DeadlineStatus.Types.Value>(deadline.Status),
            MetOn = deadline.MetOn is { } met ? RequestDates.Format(met) : string.Empty,
            Text = Text(deadline.Text),
            Calendar = deadline.Calendar ?? string.Empty,
            ExcusedReason = deadline.ExcusedReason ?? string.Empty,
            RollForward = deadline.RollForward is { } rollForward
                ? ContractEnums.ToContract<Domain.Timescales.RollForward, V1.RollForward.Types.Value>(rollForward)
                : V1.RollForward.Types.Value.RollForwardUnspecified,
        };
        foreach (var citation in deadline.Citations)
        {
            mapped.Citations.Add(new V1.Citation { Source = citation.Source, Confidence = citation.Confidence });
        }

        return mapped;
    }

    private static V1.AuthorityAnswer Answer(Domain.AuthorityAnswer answer) => new()
    {
        Authority = answer.Authority,
        Outcome = answer.Outcome.Code,
        DecidingRule = answer.DecidingRule ?? string.Empty,
        DecidingLayer = answer.DecidingLayer is { } layer ? ToLayer(layer) : V1.Layer.Types.Value.LayerUnspecified,
        Text = Text(answer.Text),
    };

    /// <summary>The contract value of a domain layer.</summary>
    public static V1.Layer.Types.Value ToLayer(Domain.Layer layer) => ContractEnums.ToContract<Domain.Layer, V1.Layer.Types.Value>(layer);

    private static V1.LocalisedText Text(Domain.LocalisedText text) => new() { En = text.En, Cy = text.Cy };
}

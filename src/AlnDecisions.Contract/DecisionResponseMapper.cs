using System.Globalization;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;

namespace AlnDecisions.Contract;

/// <summary>Maps domain decisions to the contract's <see cref="DecisionResponse"/>.</summary>
public static class DecisionResponseMapper
{
    /// <summary>The response for <paramref name="decisions"/>.</summary>
    public static DecisionResponse ToResponse(DecisionSet decisions)
    {
        var response = new DecisionResponse
        {
            DecisionId = decisions.DecisionId,
            CaseReference = decisions.CaseReference,
            DecisionDate = decisions.DecisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        response.Decisions.AddRange(decisions.Decisions.Select(ToDecision));
        return response;
    }

    private static V1.Decision ToDecision(Domain.Decision decision)
    {
        var explanation = new V1.Explanation
        {
            Summary = Text(decision.Explanation.Summary),
            DecidingRule = decision.Explanation.DecidingRule ?? string.Empty,
        };
        explanation.Reasons.AddRange(decision.Explanation.Reasons.Select(ToReason));
        explanation.MissingFacts.AddRange(decision.Explanation.MissingFacts);
        explanation.NextSteps.AddRange(decision.Explanation.NextSteps.Select(Text));
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
            Kind = Enum.Parse<V1.DecisionKind.Types.Value>(decision.Kind.ToString()),
            Outcome = decision.Outcome,
            Explanation = explanation,
            DecidingLayer = decision.DecidingLayer is { } layer ? ToLayer(layer) : V1.Layer.Types.Value.LayerUnspecified,
        };
        foreach (var (name, value) in decision.Fields ?? new Dictionary<string, string>())
        {
            switch (name)
            {
                case "responsibleAuthority":
                    mapped.ResponsibleAuthority = value;
                    break;
                case "mayDirectSchool":
                    mapped.MayDirectSchool = bool.Parse(value);
                    break;
                case "referToAuthority":
                    mapped.ReferToAuthority = bool.Parse(value);
                    break;
                case "fundingAuthority":
                    mapped.FundingAuthority = value;
                    break;
                case "recoupment":
                    mapped.Recoupment = value;
                    break;
                case "consultationRequired":
                    mapped.ConsultationRequired = bool.Parse(value);
                    break;
                case "principlesConflict":
                    mapped.PrinciplesConflict = bool.Parse(value);
                    break;
                default:
                    throw new InvalidOperationException($"decision field '{name}' has no place in the contract");
            }
        }

        mapped.Deadlines.AddRange((decision.Deadlines ?? []).Select(ToDeadline));
        mapped.RuleSets.AddRange(decision.RuleSets.Select(set => new V1.RuleSetReference
        {
            Id = set.Id,
            Authority = set.Authority,
            Version = set.Version,
            Sha256 = set.Sha256,
            Layer = ToLayer(set.Layer),
        }));
        return mapped;
    }

    private static V1.Reason ToReason(Domain.Reason reason)
    {
        var mapped = new V1.Reason
        {
            RuleId = reason.RuleId,
            RuleSetId = reason.RuleSetId,
            Layer = ToLayer(reason.Layer),
            Result = Enum.Parse<V1.RuleResult.Types.Value>(reason.Result.ToString()),
            Text = Text(reason.Text),
        };
        mapped.Facts.AddRange(reason.Facts.Select(fact => new V1.FactValue { Fact = fact.Fact, Value = fact.Value }));
        mapped.Citations.AddRange(reason.Citations.Select(c => new V1.Citation { Source = c.Source, Confidence = c.Confidence }));
        return mapped;
    }

    private static V1.Deadline ToDeadline(Domain.Deadline deadline)
    {
        var mapped = new V1.Deadline
        {
            Step = deadline.Step,
            DueDate = deadline.DueDate is { } due ? Date(due) : string.Empty,
            StartEvent = Enum.Parse<V1.CaseEventKind.Types.Value>(deadline.StartEvent.ToString()),
            StartDate = Date(deadline.StartDate),
            CountingBasis = Enum.Parse<V1.CountingBasis.Types.Value>(deadline.Basis.ToString()),
            Length = deadline.Length,
            PausedDays = deadline.PausedDays,
            RolledForwardFrom = deadline.RolledForwardFrom is { } rolled ? Date(rolled) : string.Empty,
            Status = Enum.Parse<V1.DeadlineStatus.Types.Value>(deadline.Status.ToString()),
            MetOn = deadline.MetOn is { } met ? Date(met) : string.Empty,
            Text = Text(deadline.Text),
            Calendar = deadline.Calendar ?? string.Empty,
            ExcusedReason = deadline.ExcusedReason ?? string.Empty,
        };
        mapped.Citations.AddRange(deadline.Citations.Select(c => new V1.Citation { Source = c.Source, Confidence = c.Confidence }));
        return mapped;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static V1.AuthorityAnswer Answer(Domain.AuthorityAnswer answer) => new()
    {
        Authority = answer.Authority,
        Outcome = answer.Outcome,
        DecidingRule = answer.DecidingRule ?? string.Empty,
        DecidingLayer = answer.DecidingLayer is { } layer ? ToLayer(layer) : V1.Layer.Types.Value.LayerUnspecified,
        Text = Text(answer.Text),
    };

    /// <summary>The contract value of a domain layer.</summary>
    public static V1.Layer.Types.Value ToLayer(Domain.Layer layer) => Enum.Parse<V1.Layer.Types.Value>(layer.ToString());

    private static V1.LocalisedText Text(Domain.LocalisedText text) => new() { En = text.En, Cy = text.Cy };
}

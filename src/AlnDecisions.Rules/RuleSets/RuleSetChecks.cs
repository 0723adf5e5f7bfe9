using System.Text.RegularExpressions;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Plan;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// The checks that need more than one field: does the envelope hang together (kind, layer,
/// authority, status, dates), and do the rules give what their kind allows (outcomes, further
/// answers, timescales, a default for principles). Run after reading, each reporting every problem.
/// </summary>
internal static partial class RuleSetChecks
{
    /// <summary>The envelope's kind and layer, when they are valid and agree with its authority and status.</summary>
    public static (DecisionKind? Kind, Layer? Layer) Envelope(Envelope envelope, ProblemSink sink)
    {
        var root = envelope.Json;
        DecisionKind? kind = null;
        if (envelope.Kind is not null)
        {
            if (UpperSnakeCase.TryParse<DecisionKind>(envelope.Kind, out var parsed))
            {
                kind = parsed;
            }
            else
            {
                sink.Add(ProblemCodes.FieldInvalid, root["kind"]!, null, $"kind '{envelope.Kind}' is not one of {string.Join(", ", UpperSnakeCase.Names<DecisionKind>())}");
            }
        }

        Layer? layer = null;
        if (envelope.Layer is not null)
        {
            if (UpperSnakeCase.TryParse<Layer>(envelope.Layer, out var parsed))
            {
                layer = parsed;
            }
            else
            {
                sink.Add(ProblemCodes.FieldInvalid, root["layer"]!, null, $"layer '{envelope.Layer}' is not one of {string.Join(", ", UpperSnakeCase.Names<Layer>())}");
            }
        }

        var authority = envelope.Authority;
        if (authority is not null && authority != Authorities.National && !Authorities.IsWelsh(authority))
        {
            sink.Add(ProblemCodes.FieldInvalid, root["authority"]!, null, $"authority '{authority}' is neither 'national' nor one of the 22 Welsh authority codes");
        }

        if (layer is { } known && authority is not null)
        {
            var fits = authority == Authorities.National ? known is Layer.Statutory or Layer.NationalBaseline : known == Layer.AuthorityPrinciples;
            if (!fits)
            {
                sink.Add(ProblemCodes.LayerNotAllowed, root["layer"]!, null, authority == Authorities.National
                    ? "a national rule set belongs to the STATUTORY or NATIONAL_BASELINE layer"
                    : $"an authority's rule set belongs to the AUTHORITY_PRINCIPLES layer; '{authority}' cannot add to or override the {envelope.Layer} layer");
            }
        }

        if (envelope.Status is { } status)
        {
            if (RuleSetStatuses.LayerOf(status) is not { } statusLayer)
            {
                sink.Add(ProblemCodes.FieldInvalid, root["status"]!, null, $"status '{status}' is not one of statutory, published-principles, national-baseline");
            }
            else if (layer is { } l && authority == Authorities.National && statusLayer != l)
            {
                sink.Add(ProblemCodes.FieldInvalid, root["status"]!, null, $"status '{status}' does not match layer {envelope.Layer}");
            }
        }

        if (envelope.EffectiveFrom is { } from && envelope.EffectiveTo is { } to && to < from)
        {
            sink.Add(ProblemCodes.FieldInvalid, root["effectiveTo"]!, null, "effectiveTo is before effectiveFrom");
        }

        if (InheritsBaseline(envelope))
        {
            if (envelope.Workflow is not null)
            {
                sink.Add(ProblemCodes.FieldInvalid, envelope.Workflow, null, "a file with status national-baseline inherits the national baseline's rules; give it status published-principles to add rules of its own");
            }
        }
        else if (envelope.Workflow is null)
        {
            sink.Add(ProblemCodes.FieldMissing, root, null, "rule set is missing required field 'workflow'");
        }

        return (kind, layer);
    }

    /// <summary>An authority file whose status says it inherits the national baseline holds no rules of its own.</summary>
    public static bool InheritsBaseline(Envelope envelope) =>
        envelope.Status == RuleSetStatuses.NationalBaseline && envelope.Layer == "AUTHORITY_PRINCIPLES";

    /// <summary>The rule as its kind allows it; null when it cannot be used.</summary>
    public static RuleDefinition? Rule(RuleDraft draft, KindDeclaration? kind, ProblemSink sink)
    {
        var ok = true;
        Outcome outcome = default;
        if (draft.Outcome is not null && kind is not null)
        {
            outcome = new Outcome(draft.Outcome);
            if (!kind.Allows(outcome))
            {
                sink.Add(ProblemCodes.FieldInvalid, draft.OutcomeAt, draft.Name, $"outcome '{draft.Outcome}' is not one of {string.Join(", ", kind.Outcomes)}");
                ok = false;
            }
        }

        var isTimescale = kind?.Evaluation == KindEvaluation.Timescales;
        TimescaleDefinition? timescale = null;
        if (draft.TimescaleJson is not null && kind is not null && !isTimescale)
        {
            sink.Add(ProblemCodes.FieldInvalid, draft.TimescaleJson, draft.Name, "only STATUTORY_TIMESCALES rules have a timescale");
        }
        else if (draft.TimescaleJson is null && isTimescale)
        {
            sink.Add(ProblemCodes.FieldMissing, (JToken?)draft.Json["Properties"] ?? draft.Json, draft.Name, $"rule '{draft.Name}' Properties is missing required field 'timescale'");
            ok = false;
        }
        else if (draft.TimescaleJson is not null)
        {
            timescale = TimescaleReader.Read(draft.TimescaleJson, sink, draft.Name);
            ok &= timescale is not null;
        }

        var fields = draft.FieldsJson is null || kind is null ? new Dictionary<DecisionField, AnswerSource>() : Fields(draft.FieldsJson, kind, sink, draft.Name);
        return ok && draft.Outcome is not null && kind is not null && draft.Text is not null
            ? new RuleDefinition(draft.Name, draft.Expression, outcome, draft.Citations, draft.Text, draft.NextSteps,
                draft.MissingFacts.Select(m => m.Fact).ToArray(), draft.Line, fields, draft.ExpressionAt, timescale, draft.Considers)
            : null;
    }

    /// <summary>Principles are evaluated in order and the first that matches decides, so the last must match everything.</summary>
    public static void DefaultRule(IReadOnlyList<RuleDefinition> rules, Layer layer, ProblemSink sink)
    {
        if (layer != Layer.Statutory && rules.Count > 0 && rules[^1].Expression.Trim() != "true")
        {
            sink.Add(ProblemCodes.DefaultRuleMissing, rules[^1].Line, 0, rules[^1].Name,
                "principles are evaluated in order and the first that matches decides, so the last rule must be a default whose Expression is \"true\"");
        }
    }

    private static Dictionary<DecisionField, AnswerSource> Fields(JObject json, KindDeclaration kind, ProblemSink sink, string ruleName)
    {
        var result = new Dictionary<DecisionField, AnswerSource>();
        foreach (var property in json.Properties())
        {
            if (!DecisionFields.TryParse(property.Name, out var field) || !kind.Fields.Contains(field))
            {
                sink.Add(ProblemCodes.FieldUnknown, property, ruleName,
                    $"fields.{property.Name} is not a field of {UpperSnakeCase.From(kind.Kind)} (expected one of: {string.Join(", ", kind.Fields.Select(f => f.JsonName()))})");
                continue;
            }

            var value = property.Value;
            AnswerSource? source = (field.TypeOf(), value.Type) switch
            {
                (AnswerType.Boolean, JTokenType.Boolean) => new AnswerSource.Given(FieldAnswer.Flag.Of((bool)value)),
                (AnswerType.AuthorityCode, JTokenType.String) when Authorities.IsWelsh((string)value!) => new AnswerSource.Given(new FieldAnswer.Authority((string)value!)),
                (AnswerType.AuthorityCode, JTokenType.String) when FactPath().IsMatch((string)value!) => new AnswerSource.FromFact((string)value!),
                (AnswerType.Code, JTokenType.String) when field.CodesOf().Contains((string)value!) => new AnswerSource.Given(new FieldAnswer.ListedCode((string)value!)),
                _ => null,
            };
            if (source is null)
            {
                sink.Add(ProblemCodes.FieldInvalid, value, ruleName, field.TypeOf() switch
                {
                    AnswerType.Code => $"fields.{property.Name} must be one of {string.Join(", ", field.CodesOf())}",
                    AnswerType.Boolean => $"fields.{property.Name} must be true or false",
                    _ => $"fields.{property.Name} must be a Welsh authority code or the fact that holds one (e.g. learner.homeAuthority)",
                });
                continue;
            }

            result[field] = source;
        }

        return result;
    }

    [GeneratedRegex(@"^learner(\.[a-z][A-Za-z0-9]*)+$")]
    private static partial Regex FactPath();
}

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Reads a rule set's RulesEngine <c>workflow</c> into rule drafts: names, expressions, properties.</summary>
internal static class WorkflowReader
{
    /// <summary>Rule sets are small decision lists (the longest in rules/ has under 30 rules); a file with more than this is a mistake, not a policy.</summary>
    public const int MaxRules = 200;

    public static (string? Name, IReadOnlyList<RuleDraft> Rules) Read(JObject json, ProblemSink sink, IReadOnlyList<string> lines)
    {
        var fields = new ObjectFields(json, sink, "workflow");
        var name = fields.String("WorkflowName", required: true);
        var rulesJson = fields.Array("Rules", required: true);
        fields.ReportUnknown();

        var rules = new List<RuleDraft>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (rulesJson is { Count: 0 })
        {
            sink.Add(ProblemCodes.FieldInvalid, rulesJson, null, "workflow.Rules must hold at least one rule");
        }
        else if (rulesJson is { Count: > MaxRules })
        {
            sink.Add(ProblemCodes.FieldInvalid, rulesJson, null, $"workflow.Rules holds {rulesJson.Count} rules; at most {MaxRules} are allowed");
            return (name, rules);
        }

        foreach (var token in rulesJson ?? [])
        {
            if (token is not JObject ruleJson)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, "each of workflow.Rules must be an object");
                continue;
            }

            if (Rule(ruleJson, sink, lines) is not { } rule)
            {
                continue;
            }

            if (seen.TryGetValue(rule.Name, out var firstLine))
            {
                sink.Add(ProblemCodes.RuleDuplicate, rule.Line, 0, rule.Name, $"rule name '{rule.Name}' is already used at line {firstLine}");
                continue;
            }

            seen[rule.Name] = rule.Line;
            rules.Add(rule);
        }

        return (name, rules);
    }

    private static RuleDraft? Rule(JObject json, ProblemSink sink, IReadOnlyList<string> lines)
    {
        var ruleName = json["RuleName"]?.Type == JTokenType.String ? (string?)json["RuleName"] : null;
        var fields = new ObjectFields(json, sink, $"rule '{ruleName ?? "?"}'", ruleName);
        var name = fields.String("RuleName", required: true);
        var expression = fields.String("Expression", required: true);
        var expressionType = fields.String("RuleExpressionType", required: false);
        fields.Bool("Enabled");
        var properties = fields.Object("Properties", required: true);
        fields.ReportUnknown();

        if (expressionType is not null && expressionType != "LambdaExpression")
        {
            sink.Add(ProblemCodes.FieldInvalid, json["RuleExpressionType"]!, ruleName, "RuleExpressionType must be LambdaExpression (the only type RulesEngine supports)");
        }

        if (json["Enabled"]?.Type == JTokenType.Boolean && !(bool)json["Enabled"]!)
        {
            sink.Add(ProblemCodes.FieldInvalid, json["Enabled"]!, ruleName, "a disabled rule still reads as law to a panel; delete it or give the rule set a new version instead");
        }

        if (properties is null)
        {
            return null;
        }

        var props = new ObjectFields(properties, sink, $"rule '{ruleName ?? "?"}' Properties", ruleName);
        var outcome = props.String("outcome", required: true);
        var citationsJson = props.Array("citations", required: false);
        var textJson = props.Object("text", required: false);
        var nextStepsJson = props.Array("nextSteps", required: false);
        var missingJson = props.Array("missingFacts", required: false);
        var fieldsJson = props.Object("fields", required: false);
        var timescaleJson = props.Object("timescale", required: false);
        var considersJson = props.Array("considers", required: false);
        props.ReportUnknown();

        IReadOnlyList<Domain.Citation> citations = [];
        if (citationsJson is null || citationsJson.Count == 0)
        {
            sink.Add(ProblemCodes.CitationMissing, (JToken?)citationsJson ?? properties, ruleName, "every rule cites its source (Act section, Code paragraph or authority principle)");
        }
        else
        {
            citations = TextFields.Citations(citationsJson, sink, ruleName);
        }

        Domain.LocalisedText? text = null;
        if (textJson is null)
        {
            sink.Add(ProblemCodes.TextMissingEnglish, properties, ruleName, "every rule has text in English (text.en) and Welsh (text.cy)");
        }
        else
        {
            text = TextFields.Text(textJson, sink, ruleName, "text");
        }

        var nextSteps = TextFields.Texts(nextStepsJson, sink, ruleName, "nextSteps");
        var missing = new List<(string, JToken)>();
        foreach (var fact in missingJson ?? [])
        {
            if (fact.Type == JTokenType.String)
            {
                missing.Add(((string)fact!, fact));
            }
            else
            {
                sink.Add(ProblemCodes.FieldInvalid, fact, ruleName, "each of missingFacts is a fact's JSON name, e.g. learner.needs.solelyLanguageOfHome");
            }
        }

        // Facts the rule shows in its reason without reading them: the factors a provision asks the
        // authority to take into account, whose weighing is the authority's own conclusion.
        var considers = new List<string>();
        foreach (var fact in considersJson ?? [])
        {
            if (fact.Type == JTokenType.String && !considers.Contains((string)fact!))
            {
                considers.Add((string)fact!);
            }
            else
            {
                sink.Add(ProblemCodes.FieldInvalid, fact, ruleName, "each of considers is a fact's path, given once, e.g. learner.post16.ableToUndertakeProgramme");
            }
        }

        if (name is null || expression is null)
        {
            return null;
        }

        return new RuleDraft(name, expression, StrictJson.PositionOf((JValue)json["Expression"]!, lines), outcome, (JToken?)properties["outcome"] ?? properties,
            citations, text, nextSteps, missing, fieldsJson, timescaleJson, json, ((IJsonLineInfo)json).LineNumber, considers);
    }
}

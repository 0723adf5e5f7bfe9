using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AlnDecisions.Domain;
using AlnDecisions.Rules.Facts;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// Reads one rule-set file into a <see cref="RuleSetDefinition"/>, reporting every problem it
/// finds (not just the first) with line, column and rule name. Compiling expressions is the
/// compiler's job; this checks everything that can be checked from the text.
/// </summary>
public static partial class RuleSetParser
{
    // Words that would let an expression reach beyond the facts (types, reflection, IO). Dynamic
    // LINQ already refuses most types; this list makes the refusal a load error with a rule name.
    private static readonly string[] ExpressionDenyList =
    [
        "GetType", "typeof", "System", "Activator", "Assembly", "Process", "Environment", "AppDomain",
        "Invoke", "DynamicInvoke", "Reflection", "IO", "File", "Directory", "Console", "Thread", "Task",
        "Marshal", "Unsafe", "Type",
    ];

    /// <summary>Parses <paramref name="content"/>, read from <paramref name="file"/> (a path relative to the rules directory).</summary>
    public static RuleSetParseResult Parse(string file, byte[] content)
    {
        var sink = new ProblemSink(file);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(content)));
            root = JObject.Load(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                sink.Add(ProblemCodes.JsonMalformed, reader.LineNumber, reader.LinePosition, null, "unexpected content after the end of the rule set object");
            }
        }
        catch (JsonReaderException ex)
        {
            sink.Add(ProblemCodes.JsonMalformed, ex.LineNumber, ex.LinePosition, null, FirstSentence(ex.Message));
            return new RuleSetParseResult(null, sink.Problems);
        }

        var definition = ReadEnvelope(root, sink, file, sha256);
        return new RuleSetParseResult(sink.Any ? null : definition, sink.Problems);
    }

    private static RuleSetDefinition? ReadEnvelope(JObject root, ProblemSink sink, string file, string sha256)
    {
        var fields = new ObjectFields(root, sink, "rule set");
        fields.Allow("$schema");
        fields.Allow("description");
        var id = fields.String("id", required: true);
        var kindText = fields.String("kind", required: true);
        var authority = fields.String("authority", required: true);
        var layerText = fields.String("layer", required: true);
        var version = fields.String("version", required: true);
        var effectiveFrom = fields.Date("effectiveFrom", required: true);
        var effectiveTo = fields.Date("effectiveTo", required: false);
        var status = fields.String("status", required: true);
        var sourceJson = fields.Object("source", required: true);
        var parametersJson = fields.Object("parameters", required: false);
        var signpostingJson = fields.Array("signposting", required: false);
        var inheritsBaseline = status == RuleSetStatuses.NationalBaseline && layerText == "AUTHORITY_PRINCIPLES";
        var workflowJson = fields.Object("workflow", required: !inheritsBaseline);
        fields.ReportUnknown();

        DecisionKind kind = default;
        if (kindText is not null && !UpperSnakeCase.TryParse(kindText, out kind))
        {
            sink.Add(ProblemCodes.FieldInvalid, root["kind"]!, null, $"kind '{kindText}' is not one of {string.Join(", ", UpperSnakeCase.Names<DecisionKind>())}");
            kindText = null;
        }

        Layer layer = default;
        if (layerText is not null && !UpperSnakeCase.TryParse(layerText, out layer))
        {
            sink.Add(ProblemCodes.FieldInvalid, root["layer"]!, null, $"layer '{layerText}' is not one of {string.Join(", ", UpperSnakeCase.Names<Layer>())}");
            layerText = null;
        }

        if (authority is not null && authority != Authorities.National && !Authorities.IsWelsh(authority))
        {
            sink.Add(ProblemCodes.FieldInvalid, root["authority"]!, null, $"authority '{authority}' is neither 'national' nor one of the 22 Welsh authority codes");
        }

        if (layerText is not null && authority is not null)
        {
            var authorityLayer = authority == Authorities.National ? layer is Layer.Statutory or Layer.NationalBaseline : layer == Layer.AuthorityPrinciples;
            if (!authorityLayer)
            {
                sink.Add(ProblemCodes.LayerNotAllowed, root["layer"]!, null, authority == Authorities.National
                    ? "a national rule set belongs to the STATUTORY or NATIONAL_BASELINE layer"
                    : $"an authority's rule set belongs to the AUTHORITY_PRINCIPLES layer; '{authority}' cannot add to or override the {layerText} layer");
            }
        }

        if (status is not null && RuleSetStatuses.LayerOf(status) is null)
        {
            sink.Add(ProblemCodes.FieldInvalid, root["status"]!, null, $"status '{status}' is not one of statutory, published-principles, national-baseline");
        }
        else if (status is not null && layerText is not null && authority == Authorities.National && RuleSetStatuses.LayerOf(status) != layer)
        {
            sink.Add(ProblemCodes.FieldInvalid, root["status"]!, null, $"status '{status}' does not match layer {layerText}");
        }

        if (effectiveFrom is not null && effectiveTo is not null && effectiveTo < effectiveFrom)
        {
            sink.Add(ProblemCodes.FieldInvalid, root["effectiveTo"]!, null, "effectiveTo is before effectiveFrom");
        }

        var source = sourceJson is null ? null : ReadSource(sourceJson, sink);
        var schoolAge = parametersJson is null ? null : ReadParameters(parametersJson, sink);
        var pauseReasons = parametersJson?["pauseReasons"] is JArray reasonsJson ? ReadPauseReasons(reasonsJson, sink) : null;
        var (workflowName, rules) = workflowJson is null ? (null, []) : ReadWorkflow(workflowJson, sink, kindText is null ? null : kind);
        if (workflowJson is not null && inheritsBaseline)
        {
            sink.Add(ProblemCodes.FieldInvalid, workflowJson, null, "a file with status national-baseline inherits the national baseline's rules; give it status published-principles to add rules of its own");
        }

        if (layerText is not null && layer != Layer.Statutory && rules.Count > 0 && rules[^1].Expression.Trim() != "true")
        {
            sink.Add(ProblemCodes.DefaultRuleMissing, rules[^1].Line, 0, rules[^1].Name,
                "principles are evaluated in order and the first that matches decides, so the last rule must be a default whose Expression is \"true\"");
        }

        var signposting = ReadTexts(signpostingJson, sink, null, "signposting");

        if (id is null || kindText is null || authority is null || layerText is null || version is null
            || effectiveFrom is null || status is null || source is null || (workflowName is null && !inheritsBaseline))
        {
            return null;
        }

        return new RuleSetDefinition(id, kind, authority, layer, version, effectiveFrom.Value, effectiveTo, status, source,
            workflowName, rules, schoolAge, file, sha256, signposting, pauseReasons);
    }

    private static RuleSetSource? ReadSource(JObject json, ProblemSink sink)
    {
        var fields = new ObjectFields(json, sink, "source");
        var title = fields.String("title", required: true);
        var publisher = fields.String("publisher", required: false);
        var published = fields.Date("published", required: false);
        var url = fields.String("url", required: false);
        fields.Allow("notes");
        fields.ReportUnknown();
        return title is null ? null : new RuleSetSource(title, publisher, published, url);
    }

    private static CompulsorySchoolAgeRule? ReadParameters(JObject json, ProblemSink sink)
    {
        var fields = new ObjectFields(json, sink, "parameters");
        var csa = fields.Object("compulsorySchoolAge", required: false);
        fields.Array("pauseReasons", required: false);
        fields.ReportUnknown();
        if (csa is null)
        {
            return null;
        }

        var csaFields = new ObjectFields(csa, sink, "parameters.compulsorySchoolAge");
        var startAge = csaFields.Int("startAgeYears", required: true);
        var prescribed = csaFields.Array("startPrescribedDays", required: true);
        var leavingAge = csaFields.Int("leavingAgeYears", required: true);
        var leavingMonth = csaFields.Int("leavingMonth", required: true);
        var leavingWeekday = csaFields.String("leavingWeekday", required: true);
        var schoolYearStartMonth = csaFields.Int("schoolYearStartMonth", required: true);
        var citations = csaFields.Array("citations", required: true);
        csaFields.Allow("description");
        csaFields.ReportUnknown();
        if (citations is not null)
        {
            ReadCitations(citations, sink, null);
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

        if (startAge is null || leavingAge is null || leavingMonth is null || leavingWeekday is null || schoolYearStartMonth is null || days.Count == 0)
        {
            return null;
        }

        return new CompulsorySchoolAgeRule(startAge.Value, days, leavingAge.Value, leavingMonth.Value,
            Enum.Parse<DayOfWeek>(leavingWeekday), schoolYearStartMonth.Value);
    }

    private static (string? Name, IReadOnlyList<RuleDefinition> Rules) ReadWorkflow(JObject json, ProblemSink sink, DecisionKind? kind)
    {
        var fields = new ObjectFields(json, sink, "workflow");
        var name = fields.String("WorkflowName", required: true);
        var rulesJson = fields.Array("Rules", required: true);
        fields.ReportUnknown();

        var rules = new List<RuleDefinition>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (rulesJson is { Count: 0 })
        {
            sink.Add(ProblemCodes.FieldInvalid, rulesJson, null, "workflow.Rules must hold at least one rule");
        }

        foreach (var token in rulesJson ?? [])
        {
            if (token is not JObject ruleJson)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, null, "each of workflow.Rules must be an object");
                continue;
            }

            var rule = ReadRule(ruleJson, sink, kind);
            if (rule is null)
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

    private static RuleDefinition? ReadRule(JObject json, ProblemSink sink, DecisionKind? kind)
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

        if (expression is not null)
        {
            CheckExpression(expression, json["Expression"]!, sink, ruleName);
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
        var timescaleJson = props.Object("timescale", required: kind == DecisionKind.StatutoryTimescales);
        props.ReportUnknown();
        if (timescaleJson is not null && kind != DecisionKind.StatutoryTimescales)
        {
            sink.Add(ProblemCodes.FieldInvalid, timescaleJson, ruleName, "only STATUTORY_TIMESCALES rules have a timescale");
        }

        var timescale = timescaleJson is null ? null : ReadTimescale(timescaleJson, sink, ruleName);
        var decisionFields = fieldsJson is null || kind is null ? new Dictionary<string, DecisionFieldValue>() : ReadFields(fieldsJson, sink, ruleName, kind.Value);

        if (outcome is not null && kind is { } knownKind && !KindOutcomes.For(knownKind).Contains(outcome))
        {
            sink.Add(ProblemCodes.FieldInvalid, properties["outcome"]!, ruleName, $"outcome '{outcome}' is not one of {string.Join(", ", KindOutcomes.For(knownKind))}");
        }

        IReadOnlyList<Citation> citations = [];
        if (citationsJson is null || citationsJson.Count == 0)
        {
            sink.Add(ProblemCodes.CitationMissing, (JToken?)citationsJson ?? properties, ruleName, "every rule cites its source (Act section, Code paragraph or authority principle)");
        }
        else
        {
            citations = ReadCitations(citationsJson, sink, ruleName);
        }

        LocalisedText? text = null;
        if (textJson is null)
        {
            sink.Add(ProblemCodes.TextMissingEnglish, properties, ruleName, "every rule has text in English (text.en) and Welsh (text.cy)");
        }
        else
        {
            text = ReadText(textJson, sink, ruleName, "text");
        }

        var nextSteps = ReadTexts(nextStepsJson, sink, ruleName, "nextSteps");

        var missing = new List<string>();
        foreach (var fact in missingJson ?? [])
        {
            var factName = fact.Type == JTokenType.String ? (string?)fact : null;
            if (factName is null || !FactCatalog.RequestNames.Contains(factName))
            {
                sink.Add(ProblemCodes.FieldInvalid, fact, ruleName, $"missingFacts entry '{fact}' is not a fact the contract knows (e.g. learner.needs.solelyLanguageOfHome)");
            }
            else
            {
                missing.Add(factName);
            }
        }

        if (name is null || expression is null || outcome is null || text is null)
        {
            return null;
        }

        return new RuleDefinition(name, expression, outcome, citations, text, nextSteps, missing, ((IJsonLineInfo)json).LineNumber, decisionFields, timescale);
    }

    private static TimescaleDefinition? ReadTimescale(JObject json, ProblemSink sink, string? ruleName)
    {
        var fields = new ObjectFields(json, sink, "timescale", ruleName);
        var start = Names<CaseEventKind>(fields.Array("startEvents", required: true), sink, ruleName, "startEvents");
        var startBodies = Names<EventBody>(fields.Array("startBodies", required: false), sink, ruleName, "startBodies");
        var periodStart = fields.String("periodStart", required: true);
        var basis = fields.String("basis", required: true);
        var length = fields.Int("length", required: true);
        var metBy = Names<CaseEventKind>(fields.Array("metBy", required: false), sink, ruleName, "metBy");
        var metByBodies = Names<EventBody>(fields.Array("metByBodies", required: false), sink, ruleName, "metByBodies");
        var extendedBy = fields.String("extendedBy", required: false);
        var extensionLength = fields.Int("extensionLength", required: false);
        var metBySameBody = fields.Bool("metBySameBody") ?? false;
        fields.ReportUnknown();

        Domain.Timescales.PeriodStart parsedStart = default;
        Domain.Timescales.CountingBasis parsedBasis = default;
        CaseEventKind parsedExtension = default;
        var ok = true;
        if (periodStart is not null && !UpperSnakeCase.TryParse(periodStart, out parsedStart))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["periodStart"]!, ruleName, $"periodStart is one of {string.Join(", ", UpperSnakeCase.Names<Domain.Timescales.PeriodStart>())}");
            ok = false;
        }

        if (basis is not null && !UpperSnakeCase.TryParse(basis, out parsedBasis))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["basis"]!, ruleName, $"basis is one of {string.Join(", ", UpperSnakeCase.Names<Domain.Timescales.CountingBasis>())}");
            ok = false;
        }

        if (extendedBy is not null && !UpperSnakeCase.TryParse(extendedBy, out parsedExtension))
        {
            sink.Add(ProblemCodes.FieldInvalid, json["extendedBy"]!, ruleName, "extendedBy must be an event kind");
            ok = false;
        }

        if (length is < 1 || extensionLength is < 0 || (extendedBy is null) != (extensionLength is null))
        {
            sink.Add(ProblemCodes.FieldInvalid, json, ruleName, "length must be at least 1, and extendedBy and extensionLength go together");
            ok = false;
        }

        return ok && start is { Count: > 0 } && periodStart is not null && basis is not null && length is not null
            ? new TimescaleDefinition(start, startBodies ?? [], parsedStart, parsedBasis, length.Value, metBy ?? [], metByBodies ?? [],
                extendedBy is null ? null : parsedExtension, extensionLength ?? 0, metBySameBody)
            : null;
    }

    private static List<TEnum>? Names<TEnum>(JArray? json, ProblemSink sink, string? ruleName, string field)
        where TEnum : struct, Enum
    {
        if (json is null)
        {
            return null;
        }

        var values = new List<TEnum>();
        foreach (var token in json)
        {
            if (token.Type == JTokenType.String && UpperSnakeCase.TryParse<TEnum>((string)token!, out var value))
            {
                values.Add(value);
            }
            else
            {
                sink.Add(ProblemCodes.FieldInvalid, token, ruleName, $"each of timescale.{field} is one of {string.Join(", ", UpperSnakeCase.Names<TEnum>())}");
            }
        }

        return values;
    }

    private static List<PauseReason> ReadPauseReasons(JArray json, ProblemSink sink)
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
                ReadCitations(citations, sink, null);
            }

            if (code is not null && textJson is not null && ReadText(textJson, sink, null, "pauseReasons[].text") is { } text)
            {
                reasons.Add(new PauseReason(code, text));
            }
        }

        return reasons;
    }

    private static Dictionary<string, DecisionFieldValue> ReadFields(JObject json, ProblemSink sink, string? ruleName, DecisionKind kind)
    {
        var allowed = KindFields.For(kind);
        var result = new Dictionary<string, DecisionFieldValue>(StringComparer.Ordinal);
        foreach (var property in json.Properties())
        {
            if (!allowed.TryGetValue(property.Name, out var type))
            {
                sink.Add(ProblemCodes.FieldUnknown, property, ruleName, $"fields.{property.Name} is not a field of {UpperSnakeCase.From(kind)} (expected one of: {string.Join(", ", allowed.Keys)})");
                continue;
            }

            switch (type)
            {
                case KindFields.FieldType.Boolean when property.Value.Type == JTokenType.Boolean:
                    result[property.Name] = new DecisionFieldValue((bool)property.Value ? "true" : "false");
                    break;
                case KindFields.FieldType.Authority when property.Value.Type == JTokenType.String
                    && ((string)property.Value! is var text) && (Authorities.IsWelsh(text) || FactCatalog.All.Any(f => f.Path == text && !f.IsDerived && f.PossibleValues is null)):
                    result[property.Name] = new DecisionFieldValue(text);
                    break;
                case KindFields.FieldType.Code when property.Value.Type == JTokenType.String && System.Text.RegularExpressions.Regex.IsMatch((string)property.Value!, "^[A-Z][A-Z0-9_]*$"):
                    result[property.Name] = new DecisionFieldValue((string)property.Value!);
                    break;
                default:
                    sink.Add(ProblemCodes.FieldInvalid, property.Value, ruleName, type == KindFields.FieldType.Code
                        ? $"fields.{property.Name} must be an upper-case code such as GENERAL_RECOUPMENT_LAW"
                        : type == KindFields.FieldType.Boolean
                        ? $"fields.{property.Name} must be true or false"
                        : $"fields.{property.Name} must be a Welsh authority code or the fact that holds one (e.g. learner.homeAuthority)");
                    break;
            }
        }

        return result;
    }

    private static List<Citation> ReadCitations(JArray json, ProblemSink sink, string? ruleName)
    {
        var citations = new List<Citation>();
        foreach (var token in json)
        {
            if (token is not JObject citationJson)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, ruleName, "each citation is an object with source and confidence");
                continue;
            }

            var fields = new ObjectFields(citationJson, sink, "citation", ruleName);
            var source = fields.String("source", required: true);
            var confidence = fields.String("confidence", required: true);
            fields.Allow("url");
            fields.Allow("note");
            fields.ReportUnknown();
            if (confidence is not null and not ("P" or "S" or "U"))
            {
                sink.Add(ProblemCodes.FieldInvalid, citationJson["confidence"]!, ruleName, "confidence is P (primary text read), S (secondary source) or U (not confirmed)");
                continue;
            }

            if (source is not null && confidence is not null)
            {
                citations.Add(new Citation(source, confidence));
            }
        }

        return citations;
    }

    private static List<LocalisedText> ReadTexts(JArray? json, ProblemSink sink, string? ruleName, string where)
    {
        var texts = new List<LocalisedText>();
        foreach (var token in json ?? [])
        {
            if (token is not JObject textJson)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, ruleName, $"each of {where} is an object with en and cy");
            }
            else if (ReadText(textJson, sink, ruleName, where + "[]") is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    private static LocalisedText? ReadText(JObject json, ProblemSink sink, string? ruleName, string where)
    {
        var fields = new ObjectFields(json, sink, where, ruleName);
        fields.Allow("en");
        fields.Allow("cy");
        fields.ReportUnknown();
        var en = json["en"]?.Type == JTokenType.String ? ((string?)json["en"])?.Trim() : null;
        var cy = json["cy"]?.Type == JTokenType.String ? ((string?)json["cy"])?.Trim() : null;
        if (string.IsNullOrEmpty(en))
        {
            sink.Add(ProblemCodes.TextMissingEnglish, json, ruleName, $"{where}.en (English text) is missing or empty");
        }

        if (string.IsNullOrEmpty(cy))
        {
            sink.Add(ProblemCodes.TextMissingWelsh, json, ruleName, $"{where}.cy (Welsh text) is missing or empty");
        }

        return string.IsNullOrEmpty(en) || string.IsNullOrEmpty(cy) ? null : new LocalisedText(en, cy);
    }

    private static void CheckExpression(string expression, JToken at, ProblemSink sink, string? ruleName)
    {
        var withoutStrings = StringLiteral().Replace(expression, "\"\"");
        foreach (Match match in Identifier().Matches(withoutStrings))
        {
            var word = match.Value;
            if (ExpressionDenyList.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                sink.Add(ProblemCodes.ExpressionForbidden, at, ruleName, $"'{word}' reaches outside the fact model; expressions may only read learner.*, age.* and decision.*");
                return;
            }

            var startsPath = match.Index == 0 || withoutStrings[match.Index - 1] != '.';
            var isLambdaParameter = Regex.IsMatch(withoutStrings[(match.Index + match.Length)..], @"^\s*=>");
            if (startsPath && !isLambdaParameter && !FactInputs.RootNames.Contains(word) && !AllowedBareWords.Contains(word) && !LambdaParameters(withoutStrings).Contains(word))
            {
                sink.Add(ProblemCodes.ExpressionForbidden, at, ruleName, $"'{word}' is not a fact root; expressions start from learner, age or decision");
                return;
            }
        }
    }

    private static readonly HashSet<string> AllowedBareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "and", "or", "not", "it", "new", "iif", "np", "DateTime",
    };

    private static HashSet<string> LambdaParameters(string expression) =>
        LambdaParameter().Matches(expression).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"([A-Za-z_]\w*)\s*=>")]
    private static partial Regex LambdaParameter();
}

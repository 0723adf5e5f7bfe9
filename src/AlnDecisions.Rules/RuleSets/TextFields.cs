using AlnDecisions.Domain;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Reads what every part of a rule file shares: bilingual texts and citations.</summary>
internal static class TextFields
{
    public static List<Citation> Citations(JArray json, ProblemSink sink, string? ruleName)
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

    public static List<LocalisedText> Texts(JArray? json, ProblemSink sink, string? ruleName, string where)
    {
        var texts = new List<LocalisedText>();
        foreach (var token in json ?? [])
        {
            if (token is not JObject textJson)
            {
                sink.Add(ProblemCodes.FieldInvalid, token, ruleName, $"each of {where} is an object with en and cy");
            }
            else if (Text(textJson, sink, ruleName, where + "[]") is { } text)
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    public static LocalisedText? Text(JObject json, ProblemSink sink, string? ruleName, string where)
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

    /// <summary>Codes of <typeparamref name="TEnum"/> in upper snake case (e.g. CONSENT_GIVEN), each reported when not one.</summary>
    public static List<TEnum>? Codes<TEnum>(JArray? json, ProblemSink sink, string? ruleName, string field)
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
                sink.Add(ProblemCodes.FieldInvalid, token, ruleName, $"each of {field} is one of {string.Join(", ", UpperSnakeCase.Names<TEnum>())}");
            }
        }

        return values;
    }
}

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// Reads one JSON object the way every file under rules/ is read: with line information for
/// problems, duplicate keys refused, comments allowed, nothing after the object. Rule sets and
/// calendars share it.
/// </summary>
internal static class StrictJson
{
    /// <summary>The object in <paramref name="text"/>, or null and a problem when it is not one JSON object.</summary>
    public static JObject? Load(string text, ProblemSink sink, string what)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { MaxDepth = 64 };
            var root = JObject.Load(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                sink.Add(ProblemCodes.JsonMalformed, reader.LineNumber, reader.LinePosition, null, $"unexpected content after the end of the {what} object");
            }

            return root;
        }
        catch (JsonReaderException ex)
        {
            var cut = ex.Message.IndexOf(". Path", StringComparison.Ordinal);
            sink.Add(ProblemCodes.JsonMalformed, ex.LineNumber, ex.LinePosition, null, cut > 0 ? ex.Message[..cut] : ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Where the text of the string <paramref name="value"/> starts in <paramref name="lines"/>: the
    /// character after the opening quote that follows its property's colon.
    /// </summary>
    public static SourcePosition PositionOf(JValue value, IReadOnlyList<string> lines)
    {
        if (value.Parent is not JProperty property || !((IJsonLineInfo)property).HasLineInfo())
        {
            return SourcePosition.Unknown;
        }

        // A JProperty's position is its colon; the value's opening quote is the next quote after it.
        var info = (IJsonLineInfo)property;
        for (var line = info.LineNumber - 1; line < lines.Count; line++)
        {
            var text = lines[line];
            var from = line == info.LineNumber - 1 ? info.LinePosition : 0;
            var quote = text.IndexOf('"', Math.Min(from, text.Length));
            if (quote < 0)
            {
                continue;
            }

            var end = quote + 1;
            while (end < text.Length && text[end] != '"')
            {
                end += text[end] == '\\' ? 2 : 1;
            }

            return new SourcePosition(line + 1, quote + 2, text[(quote + 1)..Math.Min(end, text.Length)]);
        }

        return SourcePosition.Unknown;
    }
}

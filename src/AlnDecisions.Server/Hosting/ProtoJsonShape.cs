using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using AlnDecisions.Contract;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Checks a JSON body against a proto message before JSON transcoding reads it, and names every
/// field that is not what the contract says by its JSON path (<c>learner.setting.kind</c>):
/// malformed JSON (where it broke), a value of the wrong JSON type, an enum name that does not
/// exist, a number out of range, a field the contract does not have (the JSON twin of the CLI's
/// strict parser), a field given twice. Descriptions speak JSON, never .NET.
/// </summary>
/// <remarks>
/// Transcoding's own reader drops unknown fields silently and reports type errors with no field
/// and a .NET type name; doing the check here, over the same descriptors the contract is
/// generated from, means the two cannot disagree about which fields exist.
/// </remarks>
internal static class ProtoJsonShape
{
    /// <summary>Deeper than any request the contract allows (it nests four levels), shallow enough to stop a nesting bomb.</summary>
    public const int MaxDepth = 16;

    private const int MaxViolations = 50;
    private static readonly ConcurrentDictionary<MessageDescriptor, IReadOnlyDictionary<string, FieldDescriptor>> FieldsByName = new();

    public static IReadOnlyList<FieldViolation> Check(ReadOnlySpan<byte> json, MessageDescriptor message)
    {
        var walk = new Walk();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                walk.Add(string.Empty, "the body is empty: send a JSON object");
            }
            else if (reader.TokenType != JsonTokenType.StartObject)
            {
                walk.Add(string.Empty, "the body must be a JSON object");
            }
            else
            {
                walk.Message(ref reader, message, string.Empty);
                if (reader.Read())
                {
                    walk.Add(string.Empty, "the body has more after its JSON object");
                }
            }
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } column
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, column {column + 1}")
                : string.Empty;
            walk.Add(walk.Path, $"the body is not valid JSON{where}");
        }

        return walk.Violations;
    }

    /// <summary>The field of <paramref name="message"/> a proto3 JSON reader takes <paramref name="name"/> for (its JSON or its proto name), or null.</summary>
    public static FieldDescriptor? FieldNamed(MessageDescriptor message, string name) => Fields(message).GetValueOrDefault(name);

    /// <summary>What to tell a caller who named <paramref name="name"/>, which <paramref name="message"/> does not have: the closest field, if one is close.</summary>
    public static string UnknownField(string name, MessageDescriptor message) => Walk.Unknown(name, message);

    private static IReadOnlyDictionary<string, FieldDescriptor> Fields(MessageDescriptor message) => FieldsByName.GetOrAdd(message, static m =>
    {
        // proto3 JSON parsers accept a field by its JSON name or its proto name.
        var byName = new Dictionary<string, FieldDescriptor>(StringComparer.Ordinal);
        foreach (var field in m.Fields.InDeclarationOrder())
        {
            byName[field.JsonName] = field;
            byName.TryAdd(field.Name, field);
        }

        return byName;
    });

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private sealed class Walk
    {
        public List<FieldViolation> Violations { get; } = [];

        /// <summary>The field being read, so a syntax error can say where the JSON broke.</summary>
        public string Path { get; private set; } = string.Empty;

        public void Add(string field, string description)
        {
            if (Violations.Count < MaxViolations)
            {
                Violations.Add(new FieldViolation(field, description));
            }
        }

        public void Message(ref Utf8JsonReader reader, MessageDescriptor message, string path)
        {
            if (message.File.Package == "google.protobuf")
            {
                // Well-known types have JSON forms of their own; transcoding reads them.
                reader.Skip();
                return;
            }

            var fields = Fields(message);
            var seen = new HashSet<int>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var field = fields.GetValueOrDefault(name);
                var fieldPath = Join(path, field?.JsonName ?? EdgeAnswer.Excerpt(name));
                Path = fieldPath;
                reader.Read();
                if (field is null)
                {
                    Add(fieldPath, Unknown(name, message));
                    reader.Skip();
                    continue;
                }

                if (!seen.Add(field.FieldNumber))
                {
                    Add(fieldPath, "given more than once");
                }

                Value(ref reader, field, fieldPath);
                Path = path;
            }
        }

        private void Value(ref Utf8JsonReader reader, FieldDescriptor field, string path)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            if (field.IsMap)
            {
                if (!Expect(ref reader, JsonTokenType.StartObject, path, "an object"))
                {
                    return;
                }

                var value = field.MessageType.FindFieldByNumber(2);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = Join(path, EdgeAnswer.Excerpt(reader.GetString()!));
                    reader.Read();
                    Single(ref reader, value, key);
                }

                return;
            }

            if (field.IsRepeated)
            {
                if (!Expect(ref reader, JsonTokenType.StartArray, path, "a list"))
                {
                    return;
                }

                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        Add(item, "a list may not hold null");
                        continue;
                    }

                    Single(ref reader, field, item);
                }

                return;
            }

            Single(ref reader, field, path);
        }

        private void Single(ref Utf8JsonReader reader, FieldDescriptor field, string path)
        {
            Path = path;
            switch (field.FieldType)
            {
                case FieldType.Message:
                    if (Expect(ref reader, JsonTokenType.StartObject, path, "an object"))
                    {
                        Message(ref reader, field.MessageType, path);
                    }

                    break;
                case FieldType.String:
                    Expect(ref reader, JsonTokenType.String, path, "text (a JSON string)");
                    break;
                case FieldType.Bool:
                    if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    {
                        Wrong(ref reader, path, "true or false");
                    }

                    break;
                case FieldType.Enum:
                    Enum(ref reader, field.EnumType, path);
                    break;
                case FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32:
                    Integer(ref reader, path, "a whole number", static (ref Utf8JsonReader r) => r.TryGetInt32(out _), static s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
                    break;
                case FieldType.UInt32 or FieldType.Fixed32:
                    Integer(ref reader, path, "a whole number, 0 or more", static (ref Utf8JsonReader r) => r.TryGetUInt32(out _), static s => uint.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _));
                    break;
                case FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64:
                    Integer(ref reader, path, "a whole number", static (ref Utf8JsonReader r) => r.TryGetInt64(out _), static s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
                    break;
                case FieldType.UInt64 or FieldType.Fixed64:
                    Integer(ref reader, path, "a whole number, 0 or more", static (ref Utf8JsonReader r) => r.TryGetUInt64(out _), static s => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _));
                    break;
                case FieldType.Double or FieldType.Float:
                    if (reader.TokenType != JsonTokenType.Number
                        && !(reader.TokenType == JsonTokenType.String && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                    {
                        Wrong(ref reader, path, "a number");
                    }

                    break;
                case FieldType.Bytes:
                    if (reader.TokenType != JsonTokenType.String || !reader.TryGetBytesFromBase64(out _))
                    {
                        Wrong(ref reader, path, "base64 text");
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        private void Enum(ref Utf8JsonReader reader, EnumDescriptor type, string path)
        {
            var known = reader.TokenType switch
            {
                JsonTokenType.String => type.FindValueByName(reader.GetString()!) is not null,
                JsonTokenType.Number => reader.TryGetInt32(out var number) && type.FindValueByNumber(number) is not null,
                _ => false,
            };
            if (!known)
            {
                var names = type.Values.Where(v => v.Number != 0).Select(v => v.Name);
                Add(path, "not a value this field has: expected one of " + string.Join(", ", names));
                reader.Skip();
            }
        }

        private delegate bool NumberCheck(ref Utf8JsonReader reader);

        private void Integer(ref Utf8JsonReader reader, string path, string expected, NumberCheck number, Func<string, bool> text)
        {
            var ok = reader.TokenType switch
            {
                JsonTokenType.Number => number(ref reader),
                JsonTokenType.String => text(reader.GetString()!),
                _ => false,
            };
            if (!ok)
            {
                Wrong(ref reader, path, expected + " in range");
            }
        }

        private bool Expect(ref Utf8JsonReader reader, JsonTokenType token, string path, string expected)
        {
            if (reader.TokenType == token)
            {
                return true;
            }

            Wrong(ref reader, path, expected);
            return false;
        }

        private void Wrong(ref Utf8JsonReader reader, string path, string expected)
        {
            Add(path, $"expected {expected}, not {Kind(reader.TokenType)}");
            reader.Skip();
        }

        private static string Kind(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "a list",
            JsonTokenType.String => "this text",
            JsonTokenType.Number => "this number",
            JsonTokenType.True or JsonTokenType.False => "true/false",
            _ => "this value",
        };

        public static string Unknown(string name, MessageDescriptor message)
        {
            var closest = message.Fields.InDeclarationOrder()
                .Select(f => (f.JsonName, Distance: Distance(name, f.JsonName)))
                .Where(c => c.Distance <= 2)
                .OrderBy(c => c.Distance)
                .Select(c => c.JsonName)
                .FirstOrDefault();
            return closest is null
                ? $"the contract has no such field in {message.Name}"
                : $"the contract has no such field in {message.Name}; did you mean '{closest}'?";
        }

        /// <summary>Edit distance, capped: names longer than any field are never close.</summary>
        private static int Distance(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 64)
            {
                return int.MaxValue;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}

using System.Text.Json.Nodes;
using AlnDecisions.Contract;
using CsCheck;

namespace AlnDecisions.Server.Tests.Properties;

/// <summary>
/// Generated JSON bodies for the JSON endpoint: a valid request's proto3 JSON with one to three
/// places changed the way hand-written JSON goes wrong (a misspelt or unknown name, a value of the
/// wrong type, an enum name that does not exist, odd escapes, a huge string, a field twice, a body
/// cut short), or a body that is not a request at all.
/// </summary>
internal static class JsonGen
{
    private const string Marker = "\u0001mutant\u0001";

    private static readonly Gen<string> Values = Gen.OneOf(
        Gen.OneOf(new[] { "123", "-1", "0.5", "1e400", "3000000000", "-9223372036854775809", "true", "false", "null", "{}", "[]", "[1,2]", "[null]", """{"a":1}""",
            "\"x\"", "\"\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\u202Eexe\"", "\"CASTLE\"", "\"maintained_school\"", "\"2025-13-01\"", "\"٢٠٢٥-١٠-٠١\"",
            "\"DECISION_KIND_UNSPECIFIED\"", "\"NaN\"", "\"Infinity\"", "\"\\\"\"", "\"\\\\\"" }.Select(Gen.Const).ToArray()),
        Gen.Int[1, 200].Select(depth => new string('[', depth) + new string(']', depth)),
        Gen.Int[1, 100_000].Select(n => "\"" + new string('x', n) + "\""),
        Gen.Int[0, int.MaxValue].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Gen<string> Keys(string existing) => Gen.OneOf(
        Gen.Const(existing.Length > 1 ? existing[1..] : existing + "z"),
        Gen.Const(existing + "z"),
        Gen.Const(existing.ToUpperInvariant()),
        Gen.Const(ToSnake(existing)),
        Gen.Const("\\u0000"),
        Gen.Const("__proto__"),
        Gen.Const("@type"),
        Gen.Const("\\u202E" + existing),
        Gen.Int[1, 2_000].Select(n => new string('k', n)));

    private static string ToSnake(string name) => string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private static readonly Gen<string> Mutated =
        from request in RequestGen.Valid
        from edits in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 2], Values, Gen.Int[0, 8]).Array[1, 3]
        from keys in Gen.Int[0, 8].Array[3]
        select Mutate(ContractJson.Formatter.Format(request), edits, keys);

    /// <summary>Whole bodies that are not a request: truncated, empty, another JSON type, a field twice.</summary>
    private static readonly Gen<string> Odd =
        from request in RequestGen.Valid.Select(r => ContractJson.Formatter.Format(r))
        from kind in Gen.Int[0, 6]
        from at in Gen.Int[0, int.MaxValue]
        select kind switch
        {
            0 => request[..(at % Math.Max(1, request.Length))],
            1 => string.Empty,
            2 => "[" + request + "]",
            3 => "null",
            4 => "\"" + request.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            5 => "{\"caseReference\":\"twice\"," + request.TrimStart()[1..],
            _ => request + "{}",
        };

    public static readonly Gen<string> Body = Gen.Frequency((4, Mutated), (1, Odd));

    private static string Mutate(string json, (int At, int How, string Value, int KeyChoice)[] edits, int[] keyChoices)
    {
        var root = JsonNode.Parse(json)!;
        var replacements = new List<(string Placeholder, string Raw)>();
        var n = 0;
        foreach (var (at, how, value, keyChoice) in edits)
        {
            var places = Places(root).ToList();
            if (places.Count == 0)
            {
                break;
            }

            var (parent, key, index) = places[at % places.Count];
            var placeholder = Marker + n++;
            switch (how)
            {
                case 0 when parent is JsonObject obj && key is not null:
                    // A value of the wrong type or shape, written as raw JSON.
                    obj[key] = placeholder;
                    replacements.Add(("\"" + placeholder + "\"", value));
                    break;
                case 1 when parent is JsonObject obj && key is not null:
                    // The name changed: misspelt, another case, snake_case (which proto3 JSON accepts), hostile.
                    var moved = obj[key];
                    obj.Remove(key);
                    obj[placeholder] = moved?.DeepClone();
                    var newKey = Keys(key).Generate(new PCG((uint)keyChoices[n % keyChoices.Length], (ulong)keyChoice), null, out _);
                    replacements.Add(("\"" + placeholder + "\"", "\"" + newKey + "\""));
                    break;
                case 2 when parent is JsonObject obj:
                    // An unknown field beside the known ones.
                    obj[placeholder] = 1;
                    replacements.Add(("\"" + placeholder + "\"", "\"unknownField" + n + "\""));
                    break;
                default:
                    if (parent is JsonArray array && index is { } i)
                    {
                        array[i] = placeholder;
                        replacements.Add(("\"" + placeholder + "\"", value));
                    }

                    break;
            }
        }

        var text = root.ToJsonString();
        foreach (var (placeholder, raw) in replacements)
        {
            text = text.Replace(placeholder.Replace("\u0001", "\\u0001", StringComparison.Ordinal), raw, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int? Index)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (obj, null, null);
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, null);
                    if (child is not null)
                    {
                        foreach (var inner in Places(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    if (array[i] is { } child)
                    {
                        foreach (var inner in Places(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// Reads the fields of one JSON object strictly: each field asked for is checked for presence and
/// type, and <see cref="ReportUnknown"/> names every field nobody asked for, with its line.
/// </summary>
internal sealed class ObjectFields
{
    private readonly JObject _json;
    private readonly ProblemSink _problems;
    private readonly string? _ruleName;
    private readonly string _where;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public ObjectFields(JObject json, ProblemSink problems, string where, string? ruleName = null)
    {
        _json = json;
        _problems = problems;
        _where = where;
        _ruleName = ruleName;
    }

    public JObject Json => _json;

    public void Allow(string name) => _known.Add(name);

    public string? String(string name, bool required)
    {
        var token = Token(name, required);
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required && token is not null)
            {
                _problems.Add(ProblemCodes.FieldMissing, token, _ruleName, $"{_where}.{name} must not be null");
            }

            return null;
        }

        if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)token))
        {
            _problems.Add(ProblemCodes.FieldInvalid, token, _ruleName, $"{_where}.{name} must be a non-empty string");
            return null;
        }

        return (string)token!;
    }

    public DateOnly? Date(string name, bool required)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        _problems.Add(ProblemCodes.FieldInvalid, _json[name]!, _ruleName, $"{_where}.{name} must be a date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    public bool? Bool(string name)
    {
        var token = Token(name, required: false);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Boolean)
        {
            _problems.Add(ProblemCodes.FieldInvalid, token, _ruleName, $"{_where}.{name} must be true or false");
            return null;
        }

        return (bool)token;
    }

    public int? Int(string name, bool required)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Integer)
        {
            _problems.Add(ProblemCodes.FieldInvalid, token, _ruleName, $"{_where}.{name} must be a whole number");
            return null;
        }

        return (int)token;
    }

    public JObject? Object(string name, bool required)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token is not JObject obj)
        {
            _problems.Add(ProblemCodes.FieldInvalid, token, _ruleName, $"{_where}.{name} must be an object");
            return null;
        }

        return obj;
    }

    public JArray? Array(string name, bool required)
    {
        var token = Token(name, required);
        if (token is null)
        {
            return null;
        }

        if (token is not JArray array)
        {
            _problems.Add(ProblemCodes.FieldInvalid, token, _ruleName, $"{_where}.{name} must be an array");
            return null;
        }

        return array;
    }

    public void ReportUnknown()
    {
        foreach (var property in _json.Properties())
        {
            if (!_known.Contains(property.Name))
            {
                var expected = string.Join(", ", _known.Order(StringComparer.Ordinal));
                _problems.Add(ProblemCodes.FieldUnknown, property, _ruleName, $"{_where} has unknown field '{property.Name}' (expected one of: {expected})");
            }
        }
    }

    private JToken? Token(string name, bool required)
    {
        _known.Add(name);
        var token = _json[name];
        if (token is null && required)
        {
            _problems.Add(ProblemCodes.FieldMissing, _json, _ruleName, $"{_where} is missing required field '{name}'");
        }

        return token;
    }
}

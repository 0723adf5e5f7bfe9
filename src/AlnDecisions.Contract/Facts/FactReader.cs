using System.Collections;
using System.Globalization;
using AlnDecisions.Contract.V1;
using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Contract.Facts;

/// <summary>
/// Reads a request's learner into fact values, checking each field as its <c>(fact)</c> options say.
/// Unknown stays unknown: an unset optional, an empty string, an enum's zero value.
/// </summary>
internal static class FactReader
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>The facts of <paramref name="learner"/>; each bad field adds a violation named by its JSON path.</summary>
    public static FactValues Read(IMessage? learner, DateOnly decisionDate, List<FieldViolation> violations)
    {
        var values = new object?[ContractFacts.Schema.Count];
        Fill(ContractFacts.Tree, learner, values, decisionDate, violations, null);
        return FactValues.Adopt(ContractFacts.Schema, values);
    }

    /// <summary>
    /// Fills <paramref name="values"/> from <paramref name="message"/>. <paramref name="record"/> is
    /// the JSON path of the record being read (e.g. learner.post16.desiredOutcomes[0]), null for the
    /// learner itself, whose facts' paths are their names.
    /// </summary>
    private static void Fill(RequestMessage node, IMessage? message, object?[] values, DateOnly decisionDate, List<FieldViolation> violations, string? record)
    {
        foreach (var leaf in node.Leaves)
        {
            values[leaf.Fact.Index] = message is null ? Empty(leaf) : ReadLeaf(leaf, message, new FieldName(record, leaf.Shape.Path), decisionDate, violations);
        }

        foreach (var child in node.Children)
        {
            Fill(child, message is null ? null : (IMessage?)child.Field!.Accessor.GetValue(message), values, decisionDate, violations, record);
        }
    }

    private static object? Empty(RequestField leaf) => leaf.Shape.Kind switch
    {
        FactKind.TextList or FactKind.ChoiceList => Array.Empty<string>(),
        FactKind.Records => Array.Empty<FactValues>(),
        _ => null,
    };

    private static object? ReadLeaf(RequestField leaf, IMessage message, FieldName name, DateOnly decisionDate, List<FieldViolation> violations)
    {
        var field = leaf.Field;
        switch (leaf.Shape.Kind)
        {
            case FactKind.Boolean:
                return field.Accessor.HasValue(message) ? ((bool)field.Accessor.GetValue(message) ? True : False) : null;
            case FactKind.WholeNumber:
                if (!field.Accessor.HasValue(message))
                {
                    return null;
                }

                var number = (int)field.Accessor.GetValue(message);
                if (leaf.Limits is { Minimum: { } min, Maximum: { } max } && (number < min || number > max))
                {
                    violations.Add(new(name.ToString(), $"must be a whole number from {min} to {max}"));
                    return null;
                }

                return number;
            case FactKind.Choice:
                return Code(leaf, Convert.ToInt32(field.Accessor.GetValue(message), CultureInfo.InvariantCulture), name, violations);
            case FactKind.Text:
                return Text(leaf, (string)field.Accessor.GetValue(message), name, violations);
            case FactKind.Date:
                return Date((string)field.Accessor.GetValue(message), name, decisionDate, violations) is { } date ? date : null;
            case FactKind.TextList:
                return List(leaf, (IList)field.Accessor.GetValue(message), name, violations, (item, at) => Text(leaf, (string)item, at, violations));
            case FactKind.ChoiceList:
                return List(leaf, (IList)field.Accessor.GetValue(message), name, violations,
                    (item, at) => Code(leaf, Convert.ToInt32(item, CultureInfo.InvariantCulture), at, violations, requiredKnown: true));
            case FactKind.Records:
                var items = (IList)field.Accessor.GetValue(message);
                if (items.Count > leaf.Limits.MaxItems)
                {
                    violations.Add(new(name.ToString(), $"may hold at most {leaf.Limits.MaxItems} entries"));
                    return Array.Empty<FactValues>();
                }

                var records = new FactValues[items.Count];
                for (var i = 0; i < items.Count; i++)
                {
                    var recordValues = new object?[leaf.Fact.Records!.Count];
                    Fill(leaf.Records!, (IMessage)items[i]!, recordValues, decisionDate, violations, $"{name}[{i}]");
                    records[i] = FactValues.Adopt(leaf.Fact.Records, recordValues);
                }

                return records;
            default:
                throw new InvalidOperationException($"no reader for {leaf.Shape.Kind}");
        }
    }

    private static string? Code(RequestField leaf, int number, FieldName name, List<FieldViolation> violations, bool requiredKnown = false)
    {
        if (number == 0)
        {
            if (requiredKnown)
            {
                violations.Add(new(name.ToString(), $"each entry must be one of {string.Join(", ", leaf.NamesByNumber.Values)}"));
            }

            return null;
        }

        if (leaf.NamesByNumber.TryGetValue(number, out var code))
        {
            return code;
        }

        violations.Add(new(name.ToString(), $"{number} is not one of {string.Join(", ", leaf.NamesByNumber.Values)}"));
        return null;
    }

    private static string? Text(RequestField leaf, string text, FieldName name, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > leaf.Limits.MaxLength)
        {
            violations.Add(new(name.ToString(), $"must be at most {leaf.Limits.MaxLength} characters"));
            return null;
        }

        switch (leaf.Limits.Format)
        {
            case FactFormat.Types.Value.WelshAuthority when !Authorities.IsWelsh(text):
                violations.Add(new(name.ToString(), $"'{Excerpt.Of(text)}' is not one of the 22 Welsh authority codes: {string.Join(" ", Authorities.Welsh)}"));
                return null;
            case FactFormat.Types.Value.HomeAuthority when !Authorities.IsHomeAuthority(text):
                violations.Add(new(name.ToString(), $"'{Excerpt.Of(text)}' is not a Welsh authority code, '{Authorities.England}' or '{Authorities.OutsideWalesAndEngland}'"));
                return null;
            case FactFormat.Types.Value.Reference when !IsReference(text):
                violations.Add(new(name.ToString(), $"'{Excerpt.Of(text)}' is not a reference: use letters, digits and - _ . / only"));
                return null;
            case FactFormat.Types.Value.FactFormatUnspecified when text.Any(char.IsControl):
                violations.Add(new(name.ToString(), "must not contain control characters"));
                return null;
            default:
                return text;
        }
    }

    private static DateOnly? Date(string text, FieldName name, DateOnly decisionDate, List<FieldViolation> violations)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!RequestDates.TryParse(text, out var date))
        {
            violations.Add(new(name.ToString(), $"'{Excerpt.Of(text)}' is not a date written YYYY-MM-DD"));
            return null;
        }

        if (date > decisionDate)
        {
            violations.Add(new(name.ToString(), "is after the decision date"));
            return null;
        }

        if (date < RequestDates.EarliestBirth)
        {
            violations.Add(new(name.ToString(), $"is before {RequestDates.EarliestBirth:yyyy-MM-dd}"));
            return null;
        }

        return date;
    }

    private static List<string> List(RequestField leaf, IList items, FieldName name, List<FieldViolation> violations, Func<object, FieldName, string?> read)
    {
        if (items.Count > leaf.Limits.MaxItems)
        {
            violations.Add(new(name.ToString(), $"may hold at most {leaf.Limits.MaxItems} entries"));
            return [];
        }

        var list = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (read(items[i]!, new FieldName(null, $"{name}[{i}]")) is { } value)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private static bool IsReference(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/');

    /// <summary>A field's JSON path, put together only when a violation needs it.</summary>
    private readonly record struct FieldName(string? Record, string Path)
    {
        public override string ToString() => Record is null ? Path : Record + "." + Path;
    }
}

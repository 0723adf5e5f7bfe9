using AlnDecisions.Contract.V1;
using AlnDecisions.Domain.Facts;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Contract.Facts;

/// <summary>
/// The facts a request carries, derived from the proto: every leaf of <see cref="V1.Learner"/> is a
/// fact named by its proto3 JSON path (optional bools are booleans, enums are choices of their value
/// names, strings are texts or dates, optional int32s whole numbers, repeated fields lists or
/// records). Adding a field to the proto adds the fact; nothing here names one.
/// </summary>
public static class ContractFacts
{
    /// <summary>The root of every fact path.</summary>
    public const string Root = "learner";

    static ContractFacts()
    {
        Tree = Walk(V1.Learner.Descriptor, null, Root);
        Fields = Tree.AllLeaves.ToArray();
        Schema = FactSchema.Create(Fields.Select(field => field.Shape));
        foreach (var field in Fields)
        {
            field.Fact = Schema.Require(field.Shape.Path);
            foreach (var inRecord in field.Records?.AllLeaves ?? [])
            {
                inRecord.Fact = field.Fact.Records!.Require(inRecord.Shape.Path);
            }
        }
    }

    /// <summary>The request's facts, in proto declaration order.</summary>
    public static FactSchema Schema { get; }

    internal static RequestMessage Tree { get; }

    internal static IReadOnlyList<RequestField> Fields { get; }

    private static RequestMessage Walk(MessageDescriptor message, FieldDescriptor? holder, string path)
    {
        var leaves = new List<RequestField>();
        var children = new List<RequestMessage>();
        foreach (var field in message.Fields.InDeclarationOrder())
        {
            var fieldPath = path.Length == 0 ? field.JsonName : path + "." + field.JsonName;
            if (field.FieldType == FieldType.Message && !field.IsRepeated)
            {
                children.Add(Walk(field.MessageType, field, fieldPath));
                continue;
            }

            RequestMessage? records = null;
            if (field.FieldType == FieldType.Message)
            {
                // A record's own facts are named from the record (kind, realisticProspect).
                records = Walk(field.MessageType, field, string.Empty);
            }

            leaves.Add(new RequestField(field, ShapeOf(field, fieldPath, records), FactLimits.Of(field), records));
        }

        return new RequestMessage(holder, path, leaves, children);
    }

    private static FactShape ShapeOf(FieldDescriptor field, string path, RequestMessage? records)
    {
        var limits = FactLimits.Of(field);
        string[] Choices() => field.EnumType.Values.Where(v => v.Number != 0).Select(v => v.Name).ToArray();
        return (field.IsRepeated, field.FieldType) switch
        {
            (true, FieldType.Message) => new FactShape(path, FactKind.Records, Records: records!.AllLeaves.Select(leaf => leaf.Shape).ToArray()),
            (true, FieldType.Enum) => new FactShape(path, FactKind.ChoiceList, Choices()),
            (true, FieldType.String) => new FactShape(path, FactKind.TextList),
            (false, FieldType.Bool) => new FactShape(path, FactKind.Boolean),
            (false, FieldType.Enum) => new FactShape(path, FactKind.Choice, Choices()),
            (false, FieldType.String) when limits.Format == FactFormat.Types.Value.Date => new FactShape(path, FactKind.Date),
            (false, FieldType.String) => new FactShape(path, FactKind.Text),
            (false, FieldType.Int32) => new FactShape(path, FactKind.WholeNumber),
            _ => throw new InvalidOperationException($"{path}: a {field.FieldType} field cannot be read as a fact; give it a fact kind in ContractFacts"),
        };
    }
}

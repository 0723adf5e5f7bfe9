using AlnDecisions.Domain.Facts;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Contract.Facts;

/// <summary>One leaf of the request's learner: where it is in the proto, the fact it is, and its checks.</summary>
internal sealed class RequestField
{
    public RequestField(FieldDescriptor field, FactShape shape, FactLimits limits, RequestMessage? records)
    {
        Field = field;
        Shape = shape;
        Limits = limits;
        Records = records;
        var enumType = field.FieldType == FieldType.Enum ? field.EnumType : null;
        NamesByNumber = enumType is null
            ? new Dictionary<int, string>()
            : enumType.Values.Where(v => v.Number != 0).ToDictionary(v => v.Number, v => v.Name);
    }

    public FieldDescriptor Field { get; }

    public FactShape Shape { get; }

    public FactLimits Limits { get; }

    /// <summary>For a repeated message: the facts of each record.</summary>
    public RequestMessage? Records { get; }

    /// <summary>For enums: the code of each defined value other than the zero (unknown) value.</summary>
    public IReadOnlyDictionary<int, string> NamesByNumber { get; }

    /// <summary>Set once the schema is built.</summary>
    public FactDefinition Fact { get; set; } = null!;
}

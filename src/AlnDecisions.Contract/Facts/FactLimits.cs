using AlnDecisions.Contract.V1;
using Google.Protobuf.Reflection;

namespace AlnDecisions.Contract.Facts;

/// <summary>What a request field's <c>(fact)</c> options allow, with the defaults the option file documents.</summary>
internal sealed record FactLimits(FactFormat.Types.Value Format, int MaxLength, int MaxItems, int? Minimum, int? Maximum)
{
    private const int DefaultMaxLength = 200;
    private const int DefaultMaxItems = 20;

    public static FactLimits Of(FieldDescriptor field)
    {
        var options = field.GetOptions()?.GetExtension(FactOptionsExtensions.Fact);
        return new FactLimits(
            options?.Format ?? FactFormat.Types.Value.FactFormatUnspecified,
            options is { MaxLength: > 0 } ? options.MaxLength : DefaultMaxLength,
            options is { MaxItems: > 0 } ? options.MaxItems : DefaultMaxItems,
            options is { Minimum: not 0 } or { Maximum: not 0 } ? options.Minimum : null,
            options is { Minimum: not 0 } or { Maximum: not 0 } ? options.Maximum : null);
    }
}

using AlnDecisions.Contract.V1;

namespace AlnDecisions.Server.Recording;

/// <summary>
/// Decision kinds by their contract names (<c>ALN_DETERMINATION</c>), as the record stores them: the
/// store knows nothing of the contract, and a name outlives a renumbering mistake.
/// </summary>
internal static class KindNames
{
    private static readonly Google.Protobuf.Reflection.EnumDescriptor Kinds = DecisionKind.Descriptor.EnumTypes[0];

    /// <summary>The contract name of <paramref name="kind"/>, or null for the zero value or a number the contract does not define.</summary>
    public static string? Of(DecisionKind.Types.Value kind) =>
        kind == DecisionKind.Types.Value.DecisionKindUnspecified ? null : Kinds.FindValueByNumber((int)kind)?.Name;

    /// <summary>The kind named <paramref name="name"/>; the zero value for a name the contract does not define.</summary>
    public static DecisionKind.Types.Value Parse(string name) =>
        Kinds.FindValueByName(name) is { } value ? (DecisionKind.Types.Value)value.Number : DecisionKind.Types.Value.DecisionKindUnspecified;
}

using Google.Protobuf.Reflection;

namespace AlnDecisions.Contract.Facts;

/// <summary>One message of the request's learner (the learner itself, its setting, its needs, ...) and what it holds.</summary>
internal sealed class RequestMessage(FieldDescriptor? field, string path, IReadOnlyList<RequestField> leaves, IReadOnlyList<RequestMessage> children)
{
    /// <summary>The field holding this message in its parent; null for the root.</summary>
    public FieldDescriptor? Field { get; } = field;

    /// <summary>The proto3 JSON path of this message (e.g. learner.needs), or empty inside a record.</summary>
    public string Path { get; } = path;

    public IReadOnlyList<RequestField> Leaves { get; } = leaves;

    public IReadOnlyList<RequestMessage> Children { get; } = children;

    /// <summary>Every leaf below this message, depth first in declaration order.</summary>
    public IEnumerable<RequestField> AllLeaves => Leaves.Concat(Children.SelectMany(child => child.AllLeaves));
}

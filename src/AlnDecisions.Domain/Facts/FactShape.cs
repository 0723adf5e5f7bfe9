namespace AlnDecisions.Domain.Facts;

/// <summary>A fact as a schema is built from it: path, kind, codes and, for records, the facts of each record.</summary>
/// <param name="Path">The proto3 JSON path from the request root (or from the record, for a record's facts).</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Choices">Every code, for choices.</param>
/// <param name="Records">The facts of each record, for <see cref="FactKind.Records"/>.</param>
public sealed record FactShape(string Path, FactKind Kind, IReadOnlyList<string>? Choices = null, IReadOnlyList<FactShape>? Records = null);

namespace AlnDecisions.Store.Internal;

/// <summary>
/// One step of the schema. Applied once, in version order, recorded in <c>schema_version</c> in the
/// same transaction as its statements; never edited once released (add a new version instead).
/// </summary>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);

namespace AlnDecisions.Store;

/// <summary>A rule set a decision was made under: enough to find the exact file again.</summary>
/// <param name="Id">The rule set's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Sha256">The hex SHA-256 of the file's content as loaded.</param>
public sealed record RuleSetStamp(string Id, string Version, string Sha256);

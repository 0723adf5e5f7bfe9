namespace AlnDecisions.Domain;

/// <summary>Provenance: a rule-set version that took part in a decision.</summary>
public sealed record RuleSetReference(string Id, string Authority, string Version, string Sha256, Layer Layer);

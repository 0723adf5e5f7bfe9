namespace AlnDecisions.Domain;

/// <summary>How one authority's principles (or the national baseline) answer the IDP question.</summary>
public sealed record AuthorityAnswer(string Authority, string Outcome, string? DecidingRule, Layer? DecidingLayer, LocalisedText Text);

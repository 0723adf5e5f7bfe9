namespace AlnDecisions.Domain;

/// <summary>How one authority's principles (or the national baseline) answer the IDP question.</summary>
public sealed record AuthorityAnswer(string Authority, Outcome Outcome, string? DecidingRule, Layer? DecidingLayer, LocalisedText Text);

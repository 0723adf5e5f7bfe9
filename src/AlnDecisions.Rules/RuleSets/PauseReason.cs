using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>A reason the rules accept for stopping a statutory clock.</summary>
public sealed record PauseReason(string Code, LocalisedText Text);

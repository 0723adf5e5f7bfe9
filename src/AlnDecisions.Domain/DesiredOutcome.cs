namespace AlnDecisions.Domain;

/// <summary>One desired outcome, and whether the programme gives a realistic prospect of meeting it.</summary>
public sealed record DesiredOutcome(DesiredOutcomeKind? Kind, bool? RealisticProspect);

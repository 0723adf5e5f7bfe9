using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>
/// One version of one rule set: a RulesEngine workflow inside an envelope that says what it is,
/// when it is in force and where it comes from. Immutable once parsed.
/// </summary>
public sealed record RuleSetDefinition(
    string Id,
    DecisionKind Kind,
    string Authority,
    Layer Layer,
    string Version,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string Status,
    RuleSetSource Source,
    string? WorkflowName,
    IReadOnlyList<RuleDefinition> Rules,
    CompulsorySchoolAgeRule? CompulsorySchoolAge,
    string File,
    string Sha256,
    IReadOnlyList<LocalisedText> Signposting,
    IReadOnlyList<PauseReason>? PauseReasons = null)
{
    /// <summary>Whether this file holds rules (an authority file with status national-baseline may hold none).</summary>
    public bool HasRules => Rules.Count > 0;

    /// <summary>Whether this version is in force on <paramref name="date"/> (both ends inclusive).</summary>
    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Whether this version's effective period shares a day with <paramref name="other"/>'s.</summary>
    public bool Overlaps(RuleSetDefinition other) =>
        EffectiveFrom <= (other.EffectiveTo ?? DateOnly.MaxValue) && other.EffectiveFrom <= (EffectiveTo ?? DateOnly.MaxValue);

    /// <summary>The provenance stamp a decision carries.</summary>
    public RuleSetReference Reference => new(Id, Authority, Version, Sha256, Layer);
}

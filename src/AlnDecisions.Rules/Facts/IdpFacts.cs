namespace AlnDecisions.Rules.Facts;

/// <summary>
/// The IDP question as cross-border rules see it (<c>idp.*</c>): answered under the home
/// authority's principles (which settle it: the home authority is the authority responsible, EN
/// para 73) and under the school's authority's principles. Outcome is unknown while the IDP
/// decision itself needs more information.
/// </summary>
public sealed class IdpFacts
{
    /// <summary>IDP_RESPONSIBILITY outcome under the home authority's principles, or null when undecided.</summary>
    public string? Outcome { get; set; }

    /// <summary>IDP_RESPONSIBILITY outcome under the school's authority's principles, or null when undecided.</summary>
    public string? SchoolAuthorityOutcome { get; set; }

    /// <summary>Whether the two authorities' principles disagree; null while either is undecided.</summary>
    public bool? PrinciplesConflict { get; set; }

    internal IdpFacts Clone() => (IdpFacts)MemberwiseClone();
}

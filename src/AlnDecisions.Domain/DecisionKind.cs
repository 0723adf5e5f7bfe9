namespace AlnDecisions.Domain;

/// <summary>The questions the service answers. Names match the contract's enum values.</summary>
public enum DecisionKind
{
    /// <summary>Does the learner have ALN (ss.2–3)?</summary>
    AlnDetermination,

    /// <summary>Who prepares and maintains the IDP (ss.11–14)?</summary>
    IdpResponsibility,

    /// <summary>Is an IDP necessary for a young person's reasonable needs (s.14(1)(c), s.46)?</summary>
    Post16ReasonableNeeds,

    /// <summary>Home authority differs from the setting's authority.</summary>
    CrossBorder,

    /// <summary>Statutory deadlines from case events.</summary>
    StatutoryTimescales,
}

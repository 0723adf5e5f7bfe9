namespace AlnDecisions.Domain;

/// <summary>
/// The further answers a decision may give beside its outcome. Each is a field of the contract's
/// Decision message with the same proto3 JSON name (a consistency test holds the two together).
/// </summary>
public enum DecisionField
{
    /// <summary>The authority that maintains the IDP, or that a school must refer to.</summary>
    ResponsibleAuthority,

    /// <summary>Whether that authority may direct a school to maintain the IDP.</summary>
    MayDirectSchool,

    /// <summary>Whether the school or FEI must refer to the authority (s.12(2)).</summary>
    ReferToAuthority,

    /// <summary>Who pays for the ALP.</summary>
    FundingAuthority,

    /// <summary>Whether and how the providing authority recovers costs.</summary>
    Recoupment,

    /// <summary>Whether the home authority must consult the school's authority before directing its school.</summary>
    ConsultationRequired,

    /// <summary>Whether the home and the school's authorities' principles disagree on who maintains the IDP.</summary>
    PrinciplesConflict,
}

namespace AlnDecisions.Domain;

/// <summary>Where the learner is educated. Names match the contract's values in upper snake case.</summary>
public enum SettingKind
{
    /// <summary>Not registered or enrolled anywhere.</summary>
    None,
    NonMaintainedEarlyYears,
    MaintainedNursery,
    MaintainedSchool,
    SpecialSchool,
    PupilReferralUnit,
    IndependentSchool,
    FurtherEducationInstitution,
    IndependentSpecialistPost16Institution,
    YouthDetention,
}

namespace AlnDecisions.Domain;

/// <summary>
/// Facts for whether an IDP is necessary for a young person not at a maintained school or FEI in
/// Wales (s.14(1)(c), s.46, regs 8-10 and Sch 1 of the ALN (Wales) Regulations 2021). Null is unknown.
/// </summary>
public sealed record Post16(
    bool? ToEnrolAtMaintainedSchoolOrFeiInWales = null,
    bool? EnglishInstitutionProposed = null,
    bool? EnglishInstitutionWouldSecureAlp = null,
    bool? SpecialistInstitutionProposed = null,
    bool? SpecialistInstitutionOnWelshMinistersList = null,
    IReadOnlyList<DesiredOutcome>? DesiredOutcomes = null,
    bool? AbleToUndertakeProgramme = null,
    bool? ProgrammeSuitableForOutcomes = null,
    IReadOnlyList<InformationSource>? InformationConsidered = null,
    bool? OnProgramme = null,
    bool? DifferentRatesOfProgressConsidered = null,
    int? YearsOnProgramme = null,
    bool? ExtensionRequested = null,
    bool? ExtensionUnavoidable = null,
    bool? ExtensionNecessaryForOutcomes = null,
    bool? ExtensionShouldHaveBeenAddressedEarlier = null,
    bool? ExtensionProportionate = null,
    bool? PreviouslyExtended = null,
    bool? SameFactsAsPreviousExtension = null,
    bool? ExceptionalReasons = null,
    bool? ProgrammeDesignedLongerThanDefault = null,
    bool? EarlierCourseNoMeaningfulBenefit = null,
    bool? CircumstancesChangedSignificantly = null,
    bool? EssentialOutcomeElementNotYetDelivered = null,
    bool? OtherExceptionalCircumstances = null)
{
    /// <summary>Nothing known.</summary>
    public static Post16 Unknown { get; } = new();
}

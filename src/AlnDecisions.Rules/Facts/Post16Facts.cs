namespace AlnDecisions.Rules.Facts;

/// <summary>A young person's post-16 facts (<c>learner.post16.*</c>).</summary>
public sealed class Post16Facts
{
    public bool? ToEnrolAtMaintainedSchoolOrFeiInWales { get; set; }
    public bool? EnglishInstitutionProposed { get; set; }
    public bool? EnglishInstitutionWouldSecureAlp { get; set; }
    public bool? SpecialistInstitutionProposed { get; set; }
    public bool? SpecialistInstitutionOnWelshMinistersList { get; set; }

    /// <summary>
    /// Worked out from <c>learner.post16.desiredOutcomes</c>: true when any desired outcome has a
    /// realistic prospect; false when outcomes are recorded and none has; unknown otherwise.
    /// </summary>
    public bool? RealisticProspectForAnyDesiredOutcome { get; set; }
    public bool? AbleToUndertakeProgramme { get; set; }
    public bool? ProgrammeSuitableForOutcomes { get; set; }

    /// <summary>Whether information from all four sources Sch 1 para 1 names was weighed; never unknown.</summary>
    public bool AllInformationConsidered { get; set; }
    public bool? OnProgramme { get; set; }
    public bool? DifferentRatesOfProgressConsidered { get; set; }
    public int? YearsOnProgramme { get; set; }
    public bool? ExtensionRequested { get; set; }
    public bool? ExtensionUnavoidable { get; set; }
    public bool? ExtensionNecessaryForOutcomes { get; set; }
    public bool? ExtensionShouldHaveBeenAddressedEarlier { get; set; }
    public bool? ExtensionProportionate { get; set; }
    public bool? PreviouslyExtended { get; set; }
    public bool? SameFactsAsPreviousExtension { get; set; }
    public bool? ExceptionalReasons { get; set; }
    public bool? ProgrammeDesignedLongerThanDefault { get; set; }
    public bool? EarlierCourseNoMeaningfulBenefit { get; set; }
    public bool? CircumstancesChangedSignificantly { get; set; }
    public bool? EssentialOutcomeElementNotYetDelivered { get; set; }
    public bool? OtherExceptionalCircumstances { get; set; }

    internal Post16Facts Clone() => (Post16Facts)MemberwiseClone();
}

namespace AlnDecisions.Domain;

/// <summary>What is known of the learner's learning difficulty or disability (s.2). Null is unknown.</summary>
public sealed record Needs(
    bool? SignificantlyGreaterDifficulty = null,
    bool? DisabilityHindersUseOfFacilities = null,
    bool? LikelyToMeetDefinitionAtCompulsorySchoolAge = null,
    bool? SolelyLanguageOfHome = null,
    bool? ArisesFromMedicalCondition = null,
    IReadOnlyList<string>? Areas = null,
    bool? RareConditionRequiringSpecialistSupport = null)
{
    /// <summary>Needs about which nothing is known.</summary>
    public static Needs Unknown { get; } = new();
}

namespace AlnDecisions.Rules.Facts;

/// <summary>The learner's needs as rule expressions see them (<c>learner.needs.*</c>).</summary>
public sealed class NeedsFacts
{
    public bool? SignificantlyGreaterDifficulty { get; set; }
    public bool? DisabilityHindersUseOfFacilities { get; set; }
    public bool? LikelyToMeetDefinitionAtCompulsorySchoolAge { get; set; }
    public bool? SolelyLanguageOfHome { get; set; }
    public bool? ArisesFromMedicalCondition { get; set; }

    /// <summary>Never null, so expressions may call <c>Contains</c> without a guard.</summary>
    public IReadOnlyList<string> Areas { get; set; } = [];

    public bool? RareConditionRequiringSpecialistSupport { get; set; }

    internal NeedsFacts Clone() => (NeedsFacts)MemberwiseClone();
}

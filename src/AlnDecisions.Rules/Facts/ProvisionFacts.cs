namespace AlnDecisions.Rules.Facts;

/// <summary>The provision called for, as rule expressions see it (<c>learner.provision.*</c>).</summary>
public sealed class ProvisionFacts
{
    public bool? MetByUniversalProvision { get; set; }
    public bool? ReasonableAdjustmentsConsidered { get; set; }
    public bool? AdditionalOrDifferentRequired { get; set; }
    public bool? AnyEducationalProvisionRequired { get; set; }
    public string? Tier { get; set; }
    public bool? WelshMediumRequested { get; set; }
    public bool? ReasonableForSchoolToSecure { get; set; }
    public bool? SchoolCanDetermineNeedsAndProvision { get; set; }
    public bool? RequiresPlaceAtParticularInstitution { get; set; }
    public bool? RequiresBoardAndLodging { get; set; }
    public bool? ExternalSpecialistAdviceBeyondSchool { get; set; }
    public bool? EquipmentBeyondSchool { get; set; }
    public bool? IntensiveSupportBeyondSchool { get; set; }

    internal ProvisionFacts Clone() => (ProvisionFacts)MemberwiseClone();
}

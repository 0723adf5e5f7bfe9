namespace AlnDecisions.Domain;

/// <summary>What is known of the provision the learner's needs call for (s.3). Null is unknown.</summary>
public sealed record Provision(
    bool? MetByUniversalProvision = null,
    bool? ReasonableAdjustmentsConsidered = null,
    bool? AdditionalOrDifferentRequired = null,
    bool? AnyEducationalProvisionRequired = null,
    string? Tier = null,
    bool? WelshMediumRequested = null,
    bool? ReasonableForSchoolToSecure = null,
    bool? SchoolCanDetermineNeedsAndProvision = null,
    bool? RequiresPlaceAtParticularInstitution = null,
    bool? RequiresBoardAndLodging = null,
    bool? ExternalSpecialistAdviceBeyondSchool = null,
    bool? EquipmentBeyondSchool = null,
    bool? IntensiveSupportBeyondSchool = null)
{
    /// <summary>Provision about which nothing is known.</summary>
    public static Provision Unknown { get; } = new();
}

namespace AlnDecisions.Domain;

/// <summary>
/// The facts about one learner that a decision may use. The learner is identified only by the
/// case's reference, never here. Null means unknown, which is kept apart from false.
/// </summary>
public sealed record Learner(
    DateOnly? DateOfBirth = null,
    string? HomeAuthority = null,
    Setting? Setting = null,
    bool? LookedAfter = null,
    string? LookingAfterAuthority = null,
    bool? DualRegistered = null,
    bool? ElectivelyHomeEducated = null,
    bool? EducatedOtherThanAtSchool = null,
    Consent? Consent = null,
    Needs? Needs = null,
    Provision? Provision = null,
    ExistingIdp? ExistingIdp = null,
    bool? HasAln = null,
    Post16? Post16 = null)
{
    /// <summary>A learner about whom nothing is known.</summary>
    public static Learner Unknown { get; } = new();
}

namespace AlnDecisions.Rules.Facts;

// The *Facts classes are what rule expressions see: `learner.needs.solelyLanguageOfHome == true`.
// Their names follow the contract's JSON names so a policy officer writes the same names the
// MIS sends. They are mutable only because RulesEngine binds to properties and the engine sets
// unknown facts to each possible value to find out whether an unknown decides a rule; nothing
// outside this assembly can reach a live instance.

/// <summary>The learner as rule expressions see it (<c>learner.*</c>).</summary>
public sealed class LearnerFacts
{
    public DateTime? DateOfBirth { get; set; }
    public string? HomeAuthority { get; set; }
    public SettingFacts Setting { get; set; } = new();
    public bool? LookedAfter { get; set; }
    public string? LookingAfterAuthority { get; set; }
    public bool? DualRegistered { get; set; }
    public bool? ElectivelyHomeEducated { get; set; }
    public bool? EducatedOtherThanAtSchool { get; set; }

    /// <summary>NOT_SOUGHT, GIVEN, REFUSED, or null when unknown.</summary>
    public string? Consent { get; set; }
    public NeedsFacts Needs { get; set; } = new();
    public ProvisionFacts Provision { get; set; } = new();
    public ExistingIdpFacts ExistingIdp { get; set; } = new();
    public bool? HasAln { get; set; }
    public Post16Facts Post16 { get; set; } = new();

    internal LearnerFacts Clone() => new()
    {
        DateOfBirth = DateOfBirth,
        HomeAuthority = HomeAuthority,
        Setting = Setting.Clone(),
        LookedAfter = LookedAfter,
        LookingAfterAuthority = LookingAfterAuthority,
        DualRegistered = DualRegistered,
        ElectivelyHomeEducated = ElectivelyHomeEducated,
        EducatedOtherThanAtSchool = EducatedOtherThanAtSchool,
        Consent = Consent,
        Needs = Needs.Clone(),
        Provision = Provision.Clone(),
        ExistingIdp = ExistingIdp.Clone(),
        HasAln = HasAln,
        Post16 = Post16.Clone(),
    };
}

namespace AlnDecisions.Rules.Facts;

/// <summary>An IDP the learner already has (<c>learner.existingIdp.*</c>).</summary>
public sealed class ExistingIdpFacts
{
    /// <summary>SCHOOL, FEI, LOCAL_AUTHORITY, or null when unknown or none.</summary>
    public string? MaintainedBy { get; set; }
    public string? Authority { get; set; }

    internal ExistingIdpFacts Clone() => (ExistingIdpFacts)MemberwiseClone();
}

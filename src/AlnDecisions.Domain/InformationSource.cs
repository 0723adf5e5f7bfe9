namespace AlnDecisions.Domain;

/// <summary>The information an authority must weigh on a realistic prospect (Sch 1 para 1).</summary>
public enum InformationSource
{
    CurrentOrRecentProviders,
    HealthAndSocialCare,
    ProposedInstitution,
    CareersService,
}

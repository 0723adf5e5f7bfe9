namespace AlnDecisions.Domain;

/// <summary>Who prepares and maintains an IDP.</summary>
public enum IdpMaintainer
{
    /// <summary>The governing body of a maintained school (s.12).</summary>
    School,

    /// <summary>A further education institution (s.12).</summary>
    Fei,

    /// <summary>A local authority (s.14).</summary>
    LocalAuthority,

    /// <summary>The learner has no IDP; kept apart from unknown.</summary>
    None,
}

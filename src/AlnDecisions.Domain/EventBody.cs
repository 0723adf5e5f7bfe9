namespace AlnDecisions.Domain;

/// <summary>Who an event concerns: the body whose clock it is, or who acted.</summary>
public enum EventBody
{
    /// <summary>A maintained school's governing body.</summary>
    School,

    /// <summary>A further education institution.</summary>
    Fei,

    /// <summary>A local authority.</summary>
    LocalAuthority,

    /// <summary>An NHS body (s.20).</summary>
    NhsBody,

    /// <summary>Anyone else (e.g. a body asked under s.65).</summary>
    Other,
}

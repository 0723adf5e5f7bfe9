namespace AlnDecisions.Domain;

/// <summary>Who an event concerns: the body whose clock it is, or who acted.</summary>
public enum EventBody
{
    School,
    Fei,
    LocalAuthority,
    NhsBody,
    Other,
}

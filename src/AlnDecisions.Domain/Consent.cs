namespace AlnDecisions.Domain;

/// <summary>A young person's consent (s.11(3)(c), s.12(2)(b), s.13(2)(d), s.14(3)).</summary>
public enum Consent
{
    NotSought,
    Given,
    Refused,
}

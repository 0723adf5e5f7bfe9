namespace AlnDecisions.Domain;

/// <summary>Whether a pupil at a mainstream school is placed in one of the authority's specialist classes.</summary>
public enum SpecialistClass
{
    NotInSpecialistClass,
    LearningSupportClass,
    ResourceBase,
}

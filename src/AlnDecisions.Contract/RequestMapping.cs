using AlnDecisions.Domain;

namespace AlnDecisions.Contract;

/// <summary>A request mapped to the domain, or every field that stopped it.</summary>
public sealed record RequestMapping(DecisionCase? Case, IReadOnlyList<FieldViolation> Violations)
{
    /// <summary>True when the request can be decided.</summary>
    public bool IsValid => Case is not null;
}

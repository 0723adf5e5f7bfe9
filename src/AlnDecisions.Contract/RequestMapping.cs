using AlnDecisions.Domain;

namespace AlnDecisions.Contract;

/// <summary>A request mapped to the domain, or every field that stopped it.</summary>
/// <param name="Case">The case to decide, when the request is valid.</param>
/// <param name="View">How much explanation the caller asked for.</param>
/// <param name="Violations">Every bad field; empty when <paramref name="Case"/> is set.</param>
public sealed record RequestMapping(DecisionCase? Case, ResponseView View, IReadOnlyList<FieldViolation> Violations)
{
    /// <summary>True when the request can be decided.</summary>
    public bool IsValid => Case is not null;
}

namespace AlnDecisions.Domain;

/// <summary>A legal or published source for a rule.</summary>
/// <param name="Source">e.g. "ALN and Education Tribunal (Wales) Act 2018, s.2(4)".</param>
/// <param name="Confidence">P: primary text read; S: secondary source; U: not confirmed and configurable.</param>
public sealed record Citation(string Source, string Confidence);

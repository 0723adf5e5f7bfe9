namespace AlnDecisions.Rules.Facts;

/// <summary>
/// Whether the learner has ALN, for decisions that turn on it (<c>aln.*</c>): the caller's recorded
/// determination (<c>learner.hasAln</c>) when given, else this request's own ALN_DETERMINATION.
/// </summary>
public sealed class AlnFacts
{
    /// <summary>HAS_ALN, NO_ALN, or NOT_DECIDED (the ALN decision needs more information or is out of scope).</summary>
    public string Status { get; set; } = "NOT_DECIDED";

    internal AlnFacts Clone() => (AlnFacts)MemberwiseClone();
}

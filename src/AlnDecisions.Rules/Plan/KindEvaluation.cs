namespace AlnDecisions.Rules.Plan;

/// <summary>How a kind's rule sets are read.</summary>
internal enum KindEvaluation
{
    /// <summary>An ordered decision list: the statutory layer, then the principles; the first rule that passes decides.</summary>
    FirstMatch,

    /// <summary>Every timescale rule whose start event happened gives a deadline.</summary>
    Timescales,
}

namespace AlnDecisions.Rules.Facts;

/// <summary>The request itself as rule expressions see it (<c>decision.*</c>).</summary>
public sealed class DecisionFacts
{
    /// <summary>The authority the decision is made in.</summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>The decision date, at midnight.</summary>
    public DateTime Date { get; set; }

    internal DecisionFacts Clone() => (DecisionFacts)MemberwiseClone();
}

namespace AlnDecisions.Domain;

/// <summary>Where a rule's authority comes from; layers are evaluated in this order.</summary>
public enum Layer
{
    /// <summary>The Act, regulations and the Code's "must": no authority may override it.</summary>
    Statutory,

    /// <summary>An authority's own published principles.</summary>
    AuthorityPrinciples,

    /// <summary>The documented national baseline an authority inherits until its principles are encoded.</summary>
    NationalBaseline,
}

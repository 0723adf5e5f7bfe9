using AlnDecisions.Domain;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>What a rule-set file says it encodes, and which layer each status belongs to.</summary>
public static class RuleSetStatuses
{
    /// <summary>The Act, regulations or the Code's "must".</summary>
    public const string Statutory = "statutory";

    /// <summary>An authority's own published principles.</summary>
    public const string PublishedPrinciples = "published-principles";

    /// <summary>The documented national baseline, or an authority file that inherits it.</summary>
    public const string NationalBaseline = "national-baseline";

    /// <summary>The layer a status belongs to.</summary>
    public static Layer? LayerOf(string status) => status switch
    {
        Statutory => Layer.Statutory,
        PublishedPrinciples => Layer.AuthorityPrinciples,
        NationalBaseline => Layer.NationalBaseline,
        _ => null,
    };
}

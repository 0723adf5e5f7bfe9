namespace AlnDecisions.Server.Security;

/// <summary>The roles a token's <c>aln_role</c> claim may name.</summary>
public static class CallerRoles
{
    /// <summary>A school's or authority's management information system: decides cases of its own authority.</summary>
    public const string Mis = "mis";

    /// <summary>An authority's ALN panel: reads its own authority's decisions.</summary>
    public const string Panel = "panel";

    /// <summary>A policy officer's tooling: reads the rule sets the service serves, and erases a case's records on request.</summary>
    public const string Policy = "policy";
}

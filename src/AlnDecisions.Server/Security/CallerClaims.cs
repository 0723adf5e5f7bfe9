namespace AlnDecisions.Server.Security;

/// <summary>
/// The claims a token must carry. Names are taken as they are in the token (inbound claim mapping
/// is off), so what an issuer is told to put in a token is exactly what the service reads.
/// </summary>
public static class CallerClaims
{
    /// <summary>The caller's identity at the issuer: one MIS installation, panel system or policy tool.</summary>
    public const string Subject = "sub";

    /// <summary>The one authority code (e.g. <c>gwynedd</c>) the caller acts for.</summary>
    public const string Authority = "aln_authority";

    /// <summary>The caller's role or roles: <see cref="CallerRoles"/>.</summary>
    public const string Role = "aln_role";
}

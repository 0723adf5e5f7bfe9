using Microsoft.AspNetCore.Authorization;

namespace AlnDecisions.Server.Security;

/// <summary>
/// The named authorization policies, one per thing a caller may do. A gRPC method is given its
/// policy in <see cref="MethodPolicies"/>; the decision record's RPCs take
/// <see cref="ReadDecisions"/>, <see cref="RecordOutcomes"/> and <see cref="EraseCases"/>, and
/// narrow each record to the caller's authority with <see cref="CallerAccess"/>.
/// </summary>
public static class AlnPolicies
{
    /// <summary>Ask for decisions: the MIS role, with an authority claim (each request must be for that authority).</summary>
    public const string Decide = "aln.decide";

    /// <summary>See which rule sets serve and which edits were rejected: the policy role.</summary>
    public const string ListRuleSets = "aln.list-rule-sets";

    /// <summary>Read recorded decisions of the caller's own authority: the MIS and panel roles.</summary>
    public const string ReadDecisions = "aln.read-decisions";

    /// <summary>Record the responsible body's own decision on a recorded decision of the caller's authority: the MIS and panel roles.</summary>
    public const string RecordOutcomes = "aln.record-outcomes";

    /// <summary>Erase every record of a case reference: the policy role.</summary>
    public const string EraseCases = "aln.erase-cases";

    /// <summary>Any authenticated caller (server reflection).</summary>
    public const string AnyCaller = "aln.any-caller";

    /// <summary>A method nobody has given a policy: refused, so a new RPC is closed until someone decides who may call it.</summary>
    public const string Unassigned = "aln.unassigned";

    /// <summary>
    /// Registers every policy. With <paramref name="enforced"/> false (authentication off, loopback
    /// only) every policy admits every caller, so the same endpoints and the same pipeline serve
    /// both modes and no code path exists only in production.
    /// </summary>
    internal static void Register(AuthorizationOptions options, bool enforced)
    {
        options.AddPolicy(Decide, Roles(enforced, requireAuthority: true, CallerRoles.Mis));
        options.AddPolicy(ListRuleSets, Roles(enforced, requireAuthority: false, CallerRoles.Policy));
        options.AddPolicy(ReadDecisions, Roles(enforced, requireAuthority: true, CallerRoles.Mis, CallerRoles.Panel));
        options.AddPolicy(RecordOutcomes, Roles(enforced, requireAuthority: true, CallerRoles.Mis, CallerRoles.Panel));
        options.AddPolicy(EraseCases, Roles(enforced, requireAuthority: false, CallerRoles.Policy));
        options.AddPolicy(AnyCaller, enforced ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build() : Open());
        options.AddPolicy(Unassigned, new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build());

        // Anything mapped later without a policy still needs a caller the issuer vouches for.
        options.FallbackPolicy = enforced ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build() : null;
    }

    private static AuthorizationPolicy Roles(bool enforced, bool requireAuthority, params string[] roles)
    {
        if (!enforced)
        {
            return Open();
        }

        var policy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(roles);
        if (requireAuthority)
        {
            policy.RequireClaim(CallerClaims.Authority);
        }

        return policy.Build();
    }

    private static AuthorizationPolicy Open() => new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build();
}

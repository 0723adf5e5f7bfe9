using System.Security.Claims;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Security;

/// <summary>
/// The check no policy can make on its own: that a request is for the caller's own authority.
/// Policies say what a role may do; this says for whom. The decision record's reads and writes use
/// the same check on each record's authority.
/// </summary>
public sealed class CallerAccess
{
    /// <summary>Access under <paramref name="enforced"/> authentication; when false (loopback only) every caller may act for every authority.</summary>
    public CallerAccess(bool enforced) => Enforced = enforced;

    /// <summary>Whether callers are authenticated and held to their own authority.</summary>
    public bool Enforced { get; }

    /// <summary>
    /// Null when <paramref name="caller"/> may act for <paramref name="authority"/>; otherwise why not.
    /// An empty authority passes here so that validation names the missing field rather than this
    /// check refusing it. The requested value is never echoed: it is the caller's input, and may be anything.
    /// </summary>
    public string? RefusalFor(ClaimsPrincipal caller, string authority)
    {
        if (!Enforced || authority.Length == 0)
        {
            return null;
        }

        var own = caller.FindAll(CallerClaims.Authority).Select(claim => claim.Value).ToList();
        return own.Any(code => string.Equals(code, authority, StringComparison.OrdinalIgnoreCase))
            ? null
            : own.Count == 0
                ? "this caller's token names no authority"
                : $"this caller may act only for its own authority ({string.Join(", ", own)})";
    }

    /// <summary>
    /// The authority a call that passed <see cref="RefusalFor"/> acts for, as the decision record
    /// keeps it: the caller's own <c>aln_authority</c> claim naming <paramref name="requested"/>, or,
    /// with authentication off (loopback only), the request's own authority.
    /// </summary>
    public string ActingAuthority(ClaimsPrincipal caller, string requested)
    {
        if (Enforced && caller.FindAll(CallerClaims.Authority).FirstOrDefault(claim => string.Equals(claim.Value, requested, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            return own.Value.ToLowerInvariant();
        }

        return requested;
    }

    /// <summary>The authorities <paramref name="caller"/>'s token names (none with authentication off).</summary>
    public IReadOnlyList<string> OwnAuthorities(ClaimsPrincipal caller) =>
        Enforced ? [.. caller.FindAll(CallerClaims.Authority).Select(claim => claim.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)] : [];

    /// <summary>Throws PERMISSION_DENIED unless the caller of <paramref name="context"/> may act for <paramref name="authority"/>.</summary>
    public void Demand(ServerCallContext context, string authority)
    {
        if (RefusalFor(context.GetHttpContext().User, authority) is { } refusal)
        {
            throw new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, refusal));
        }
    }

    /// <summary>PERMISSION_DENIED as a status value (for one item of a stream), or null when allowed.</summary>
    public Google.Rpc.Status? Refusal(ServerCallContext context, string authority) =>
        RefusalFor(context.GetHttpContext().User, authority) is { } refusal
            ? new Google.Rpc.Status { Code = (int)Code.PermissionDenied, Message = refusal }
            : null;
}

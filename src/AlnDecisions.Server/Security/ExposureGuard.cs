using System.Net;

namespace AlnDecisions.Server.Security;

/// <summary>
/// Decides, before anything listens, whether this configuration may start. Without authentication
/// the service answers anyone who can reach it with decisions about children, so it starts that
/// way only on a loopback address; anything else is refused with what to change.
/// </summary>
internal static class ExposureGuard
{
    public static ExposureNotice Check(string bindAddress, CallerAuthenticationOptions authentication, TlsOptions tls)
    {
        if (!IPAddress.TryParse(bindAddress, out var address))
        {
            throw new RefusedToStartException($"Service:BindAddress '{bindAddress}' is not an IP address (use 127.0.0.1 on a developer's machine, 0.0.0.0 in a container).");
        }

        var loopback = IPAddress.IsLoopback(address);
        switch (authentication.Mode)
        {
            case AuthenticationMode.None when !loopback:
                throw new RefusedToStartException(
                    $"Refusing to start: Service:BindAddress is {address}, which is not loopback, and Authentication:Mode is None, " +
                    "so anyone who can reach the port could ask for decisions about children. Either bind to 127.0.0.1 (the embedded default) " +
                    "or set Authentication:Mode=Jwt with Authentication:Jwt:Issuer, Authentication:Jwt:Audience and Authentication:Jwt:SigningKeys " +
                    "(README, 'Deploying safely').");
            case AuthenticationMode.None:
                return ExposureNotice.UnauthenticatedLoopback;
            case AuthenticationMode.Jwt:
                CheckJwt(authentication.Jwt);
                return !loopback && !tls.Enabled ? ExposureNotice.TokensInCleartext : ExposureNotice.None;
            default:
                throw new RefusedToStartException($"Authentication:Mode '{authentication.Mode}' is neither None nor Jwt.");
        }
    }

    private static void CheckJwt(JwtBearerSettings jwt)
    {
        if (string.IsNullOrWhiteSpace(jwt.Issuer) || string.IsNullOrWhiteSpace(jwt.Audience))
        {
            throw new RefusedToStartException("Authentication:Mode is Jwt but Authentication:Jwt:Issuer or Authentication:Jwt:Audience is empty: both name whose tokens the service accepts.");
        }

        if (jwt.SigningKeys.Count == 0)
        {
            throw new RefusedToStartException("Authentication:Mode is Jwt but Authentication:Jwt:SigningKeys is empty: give at least one key (Id and Symmetric or PublicKeyPem).");
        }

        var duplicate = jwt.SigningKeys.GroupBy(k => k.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RefusedToStartException($"Authentication:Jwt:SigningKeys has two keys with Id '{duplicate.Key}': each key needs its own id.");
        }

        if (jwt.ClockSkewSeconds is < 0 or > 300)
        {
            throw new RefusedToStartException($"Authentication:Jwt:ClockSkewSeconds is {jwt.ClockSkewSeconds}; allow 0 to 300 seconds.");
        }

        _ = SigningKeys.From(jwt.SigningKeys);
    }
}

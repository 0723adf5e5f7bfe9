namespace AlnDecisions.Server.Security;

/// <summary>How the service knows who is calling.</summary>
public enum AuthenticationMode
{
    /// <summary>Nobody is asked who they are. Allowed only while every port is bound to loopback.</summary>
    None,

    /// <summary>Every call carries a JWT bearer token from the configured issuer (see <see cref="JwtBearerSettings"/>).</summary>
    Jwt,
}

namespace AlnDecisions.Server.Security;

/// <summary>Who may call: the <c>Authentication</c> configuration section.</summary>
public sealed class CallerAuthenticationOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Authentication";

    /// <summary>
    /// Default: <see cref="AuthenticationMode.None"/>, the embedded default for a developer's
    /// machine, which the host accepts only while it listens on loopback.
    /// </summary>
    public AuthenticationMode Mode { get; set; } = AuthenticationMode.None;

    /// <summary>The token issuer the service trusts; required when <see cref="Mode"/> is <see cref="AuthenticationMode.Jwt"/>.</summary>
    public JwtBearerSettings Jwt { get; set; } = new();
}

namespace AlnDecisions.Server.Security;

/// <summary>
/// The one token issuer the service trusts. Keys come from configuration (a Kubernetes Secret in
/// production), never from a metadata endpoint fetched at run time, so the service makes no
/// outbound call to decide whether a caller is who it says.
/// </summary>
public sealed class JwtBearerSettings
{
    /// <summary>The <c>iss</c> every token must carry. Required.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>The <c>aud</c> every token must carry (this service's name at the issuer). Required.</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>
    /// Every key a token may be signed with. More than one while a key is rotated: add the new key,
    /// move the issuer to it, remove the old one once its last token has expired.
    /// </summary>
    public List<SigningKeySettings> SigningKeys { get; set; } = [];

    /// <summary>Clock skew allowed on <c>exp</c> and <c>nbf</c>. Default: 30 seconds.</summary>
    public int ClockSkewSeconds { get; set; } = 30;
}

namespace AlnDecisions.Server.Security;

/// <summary>One key tokens may be signed with: a shared secret (HS256) or the issuer's public key (RS256, ES256).</summary>
public sealed class SigningKeySettings
{
    /// <summary>The key id tokens name in their <c>kid</c> header. Required, so rotation can tell keys apart.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>A shared secret, base64, at least 32 bytes. Leave empty when <see cref="PublicKeyPem"/> is given.</summary>
    public string Symmetric { get; set; } = string.Empty;

    /// <summary>The issuer's RSA or EC public key, PEM (<c>-----BEGIN PUBLIC KEY-----</c>). Leave empty when <see cref="Symmetric"/> is given.</summary>
    public string PublicKeyPem { get; set; } = string.Empty;
}

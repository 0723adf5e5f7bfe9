namespace AlnDecisions.Server.Security;

/// <summary>
/// The server certificate (the <c>Tls</c> section). With a certificate, both service ports speak
/// TLS (gRPC over HTTP/2, JSON over HTTP/1.1 or HTTP/2); without one they are cleartext, which is
/// for loopback or behind a proxy or mesh that terminates TLS.
/// </summary>
public sealed class TlsOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Tls";

    /// <summary>
    /// The certificate: a PEM file (<c>tls.crt</c>, with <see cref="KeyPath"/>) or a PKCS#12 file
    /// (<c>.pfx</c>/<c>.p12</c>, with <see cref="Password"/>). Default: empty, no TLS.
    /// </summary>
    public string CertificatePath { get; set; } = string.Empty;

    /// <summary>The PEM private key (<c>tls.key</c>). Default: empty, the key is in the certificate file.</summary>
    public string KeyPath { get; set; } = string.Empty;

    /// <summary>The password of a PKCS#12 file or an encrypted PEM key. Default: empty.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>Whether a certificate is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}

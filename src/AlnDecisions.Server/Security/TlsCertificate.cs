using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AlnDecisions.Server.Security;

/// <summary>Loads the configured server certificate, or refuses to start saying which file is wrong.</summary>
internal static class TlsCertificate
{
    public static X509Certificate2 Load(TlsOptions tls)
    {
        if (!File.Exists(tls.CertificatePath))
        {
            throw new RefusedToStartException($"Tls:CertificatePath '{tls.CertificatePath}' does not exist.");
        }

        try
        {
            var extension = Path.GetExtension(tls.CertificatePath);
            if (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase))
            {
                return X509CertificateLoader.LoadPkcs12FromFile(tls.CertificatePath, tls.Password);
            }

            var keyPath = string.IsNullOrWhiteSpace(tls.KeyPath) ? null : tls.KeyPath;
            if (keyPath is not null && !File.Exists(keyPath))
            {
                throw new RefusedToStartException($"Tls:KeyPath '{keyPath}' does not exist.");
            }

            return string.IsNullOrEmpty(tls.Password)
                ? X509Certificate2.CreateFromPemFile(tls.CertificatePath, keyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(tls.CertificatePath, tls.Password, keyPath);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException or IOException)
        {
            throw new RefusedToStartException($"The TLS certificate in '{tls.CertificatePath}' could not be loaded with its key: {ex.GetType().Name}. Give a PEM certificate and key (Tls:CertificatePath, Tls:KeyPath) or a PKCS#12 file and Tls:Password.");
        }
    }
}

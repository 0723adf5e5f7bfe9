using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace AlnDecisions.Server.Security;

/// <summary>Turns configured keys into the keys the token handler verifies with, refusing any it cannot use.</summary>
internal static class SigningKeys
{
    /// <summary>HS256 needs at least 256 bits of secret (RFC 7518 s.3.2).</summary>
    private const int MinimumSymmetricBytes = 32;

    /// <summary>Algorithms tokens may be signed with; <c>none</c> and anything weaker are refused.</summary>
    public static readonly string[] Algorithms =
    [
        SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512,
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static IReadOnlyList<SecurityKey> From(IReadOnlyList<SigningKeySettings> settings)
    {
        var keys = new List<SecurityKey>();
        for (var i = 0; i < settings.Count; i++)
        {
            keys.Add(From(settings[i], $"Authentication:Jwt:SigningKeys:{i}"));
        }

        return keys;
    }

    private static SecurityKey From(SigningKeySettings key, string where)
    {
        if (string.IsNullOrWhiteSpace(key.Id))
        {
            throw new RefusedToStartException($"{where}:Id is empty: every signing key needs the id tokens name in their 'kid' header.");
        }

        var hasSymmetric = !string.IsNullOrWhiteSpace(key.Symmetric);
        var hasPublic = !string.IsNullOrWhiteSpace(key.PublicKeyPem);
        if (hasSymmetric == hasPublic)
        {
            throw new RefusedToStartException($"{where} ('{key.Id}') must give exactly one of Symmetric (base64 secret) or PublicKeyPem.");
        }

        return hasSymmetric ? Symmetric(key, where) : Public(key, where);
    }

    private static SymmetricSecurityKey Symmetric(SigningKeySettings key, string where)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(key.Symmetric.Trim());
        }
        catch (FormatException)
        {
            throw new RefusedToStartException($"{where}:Symmetric ('{key.Id}') is not base64.");
        }

        if (secret.Length < MinimumSymmetricBytes)
        {
            throw new RefusedToStartException($"{where}:Symmetric ('{key.Id}') is {secret.Length} bytes; a signing secret needs at least {MinimumSymmetricBytes}.");
        }

        return new SymmetricSecurityKey(secret) { KeyId = key.Id };
    }

    private static SecurityKey Public(SigningKeySettings key, string where)
    {
        // The PEM says SubjectPublicKeyInfo for both RSA and EC keys; the algorithm is inside, so try each.
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(key.PublicKeyPem);
            return new RsaSecurityKey(rsa) { KeyId = key.Id };
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(key.PublicKeyPem);
            return new ECDsaSecurityKey(ecdsa) { KeyId = key.Id };
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            ecdsa.Dispose();
            throw new RefusedToStartException($"{where}:PublicKeyPem ('{key.Id}') is not an RSA or EC public key in PEM.");
        }
    }
}

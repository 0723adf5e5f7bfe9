using System.Security.Claims;
using System.Security.Cryptography;
using AlnDecisions.Server.Security;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AlnDecisions.Server.Tests;

/// <summary>
/// A token issuer for tests: its own random HS256 secret and an RSA key (two keys, as during a
/// rotation), and the configuration that makes a host trust exactly those.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string Issuer = "https://issuer.tests.aln.invalid";
    public const string Audience = "aln-decisions";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestTokens()
    {
        Symmetric = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "test-hs-2025" };
        Rsa = new RsaSecurityKey(_rsa) { KeyId = "test-rs-2026" };
        Ec = new ECDsaSecurityKey(_ec) { KeyId = "test-es-2027" };
    }

    public SymmetricSecurityKey Symmetric { get; }

    public RsaSecurityKey Rsa { get; }

    public ECDsaSecurityKey Ec { get; }

    /// <summary>Command-line configuration for a host that trusts this issuer's two keys.</summary>
    public IEnumerable<string> HostArguments() =>
    [
        "--Authentication:Mode=Jwt",
        $"--Authentication:Jwt:Issuer={Issuer}",
        $"--Authentication:Jwt:Audience={Audience}",
        $"--Authentication:Jwt:SigningKeys:0:Id={Symmetric.KeyId}",
        $"--Authentication:Jwt:SigningKeys:0:Symmetric={Convert.ToBase64String(Symmetric.Key)}",
        $"--Authentication:Jwt:SigningKeys:1:Id={Rsa.KeyId}",
        $"--Authentication:Jwt:SigningKeys:1:PublicKeyPem={_rsa.ExportSubjectPublicKeyInfoPem()}",
        $"--Authentication:Jwt:SigningKeys:2:Id={Ec.KeyId}",
        $"--Authentication:Jwt:SigningKeys:2:PublicKeyPem={_ec.ExportSubjectPublicKeyInfoPem()}",
    ];

    /// <summary>A token for <paramref name="subject"/> acting for <paramref name="authority"/> in <paramref name="roles"/>.</summary>
    public string Mint(
        string subject,
        string? authority,
        string[] roles,
        SecurityKey? key = null,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? expires = null)
    {
        var claims = new List<Claim> { new(CallerClaims.Subject, subject) };
        if (authority is not null)
        {
            claims.Add(new Claim(CallerClaims.Authority, authority));
        }

        claims.AddRange(roles.Select(role => new Claim(CallerClaims.Role, role)));
        var signingKey = key ?? Symmetric;
        var algorithm = signingKey switch
        {
            RsaSecurityKey => SecurityAlgorithms.RsaSha256,
            ECDsaSecurityKey => SecurityAlgorithms.EcdsaSha256,
            _ => SecurityAlgorithms.HmacSha256,
        };
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = expiry.AddHours(-1),
            IssuedAt = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(signingKey, algorithm),
        });
    }

    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    public void Dispose()
    {
        _rsa.Dispose();
        _ec.Dispose();
    }
}

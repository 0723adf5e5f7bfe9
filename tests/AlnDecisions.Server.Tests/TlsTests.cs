using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Hosting;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;

namespace AlnDecisions.Server.Tests;

/// <summary>
/// The deployment's shape on loopback: JWT bearer, TLS on both service ports from a PEM certificate
/// and key (as a Kubernetes TLS Secret mounts them), and the cleartext health port for probes.
/// </summary>
public sealed class TlsTests : IAsyncLifetime, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aln-tls-").FullName;
    private readonly int _grpcPort = LoopbackServer.FreePort();
    private readonly int _httpPort = LoopbackServer.FreePort();
    private readonly int _healthPort = LoopbackServer.FreePort();
    private readonly TestTokens _tokens = new();
    private X509Certificate2 _certificate = null!;
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        _certificate = SelfSigned();
        var certificatePath = Path.Combine(_directory, "tls.crt");
        var keyPath = Path.Combine(_directory, "tls.key");
        await File.WriteAllTextAsync(certificatePath, _certificate.ExportCertificatePem());
        using (var key = _certificate.GetECDsaPrivateKey()!)
        {
            await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());
        }

        var rules = Path.Combine(_directory, "rules");
        LoopbackServer.CopyDirectory(RepositoryPaths.Rules, rules);
        _app = await AlnDecisionsHost.BuildAsync([
            $"--Service:GrpcPort={_grpcPort}", $"--Service:HttpPort={_httpPort}", $"--HealthPort:Port={_healthPort}",
            $"--RuleSets:Directory={rules}", "--RuleSets:Watch=false", "--Logging:LogLevel:Default=Warning",
            $"--DecisionStore:DataDirectory={Path.Combine(_directory, "data")}",
            $"--Tls:CertificatePath={certificatePath}", $"--Tls:KeyPath={keyPath}",
            .. _tokens.HostArguments(),
        ]);
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    public void Dispose()
    {
        _certificate.Dispose();
        _tokens.Dispose();
    }

    [Fact]
    public async Task Decide_OverTls_DecidesWithTheServersOwnCertificate()
    {
        using var channel = GrpcChannel.ForAddress($"https://127.0.0.1:{_grpcPort}", new GrpcChannelOptions { HttpHandler = PinnedHandler() });
        var client = new DecisionService.DecisionServiceClient(channel);

        var response = await client.DecideAsync(Cases.LanguageOfHomeOnly("over-tls"), TestTokens.Bearer(_tokens.Mint("mis-tls", "gwynedd", ["mis"])));

        response.CaseReference.Should().Be("over-tls");
    }

    [Fact]
    public async Task JsonDecide_OverTls_200()
    {
        using var http = new HttpClient(PinnedHandler()) { BaseAddress = new Uri($"https://127.0.0.1:{_httpPort}") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions:decide")
        {
            Content = new StringContent(Cases.LanguageOfHomeOnlyJson(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Mint("mis-tls-json", "gwynedd", ["mis"]));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Decide_CleartextToTheTlsPort_Fails()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_grpcPort}");
        var client = new DecisionService.DecisionServiceClient(channel);

        var act = () => client.DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(_tokens.Mint("mis-cleartext", "gwynedd", ["mis"])), deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync;

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().BeOneOf(StatusCode.Unavailable, StatusCode.Internal, StatusCode.DeadlineExceeded);
    }

    [Fact]
    public async Task HealthPort_Cleartext_AnswersReadinessAndNothingElse()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_healthPort}");

        var readiness = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest { Service = HealthTags.ReadinessService });
        var decide = () => new DecisionService.DecisionServiceClient(channel)
            .DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(_tokens.Mint("mis-health-port", "gwynedd", ["mis"]))).ResponseAsync;

        readiness.Status.Should().Be(HealthCheckResponse.Types.ServingStatus.Serving);
        (await decide.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unimplemented);
    }

    /// <summary>Trusts exactly this test's certificate, as a client pinning its server would: no blanket accept.</summary>
    private SocketsHttpHandler PinnedHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == _certificate.GetCertHashString(HashAlgorithmName.SHA256),
        },
    };

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=aln-decisions.tests.invalid", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}

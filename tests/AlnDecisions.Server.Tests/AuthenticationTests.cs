using System.Net;
using System.Net.Http.Headers;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Security;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace AlnDecisions.Server.Tests;

[Collection(SecuredServerCollection.Name)]
public sealed class AuthenticationTests(SecuredServer server)
{
    [Fact]
    public async Task Decide_NoToken_UnauthenticatedAsGrpcStatus()
    {
        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly()).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.Unauthenticated);
        AssertRealGrpcStatus(error);
    }

    [Fact]
    public async Task Decide_ExpiredToken_Unauthenticated()
    {
        var expired = server.Tokens.Mint("mis-expired", "gwynedd", ["mis"], expires: DateTime.UtcNow.AddMinutes(-10));

        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(expired)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task Decide_TokenSignedWithAKeyTheServiceDoesNotHave_Unauthenticated()
    {
        var stranger = new SymmetricSecurityKey(new byte[32]) { KeyId = "test-hs-2025" };
        var forged = server.Tokens.Mint("mis-forged", "gwynedd", ["mis"], key: stranger);

        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(forged)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Theory]
    [InlineData("https://someone-else.invalid", TestTokens.Audience)]
    [InlineData(TestTokens.Issuer, "another-service")]
    public async Task Decide_TokenFromAnotherIssuerOrForAnotherAudience_Unauthenticated(string issuer, string audience)
    {
        var token = server.Tokens.Mint("mis-elsewhere", "gwynedd", ["mis"], issuer: issuer, audience: audience);

        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(token)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task Decide_MisForItsOwnAuthority_Decides()
    {
        var response = await server.Client.DecideAsync(Cases.LanguageOfHomeOnly("own-authority"), TestTokens.Bearer(server.Token("mis-gwynedd")));

        response.Decisions.Should().ContainSingle().Which.Outcome.Should().Be("NO_ALN");
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("RS256")]
    [InlineData("ES256")]
    public async Task Decide_AnyConfiguredSigningKey_Decides(string algorithm)
    {
        // More than one key configured is how a rotation runs: tokens signed by the old and the new key both pass.
        SecurityKey key = algorithm switch { "RS256" => server.Tokens.Rsa, "ES256" => server.Tokens.Ec, _ => server.Tokens.Symmetric };
        var token = server.Tokens.Mint("mis-rotated-" + algorithm, "gwynedd", ["mis"], key: key);

        var response = await server.Client.DecideAsync(Cases.LanguageOfHomeOnly("signed-" + algorithm), TestTokens.Bearer(token));

        response.CaseReference.Should().Be("signed-" + algorithm);
    }

    [Fact]
    public async Task Decide_MisForAnotherAuthority_PermissionDenied()
    {
        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(authority: "cardiff"), TestTokens.Bearer(server.Token("mis-gwynedd"))).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
        error.Status.Detail.Should().Contain("gwynedd").And.NotContain("cardiff");
    }

    [Theory]
    [InlineData("policy")]
    [InlineData("panel")]
    public async Task Decide_RoleOtherThanMis_PermissionDenied(string role)
    {
        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(server.Token("not-mis-" + role, "gwynedd", role))).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
        AssertRealGrpcStatus(error);
    }

    [Fact]
    public async Task Decide_MisTokenWithoutAuthority_PermissionDenied()
    {
        var token = server.Tokens.Mint("mis-nowhere", authority: null, ["mis"]);

        var error = await RefusedAsync(() => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(), TestTokens.Bearer(token)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task DecideStream_ItemForAnotherAuthority_ThatItemDeniedAndTheStreamGoesOn()
    {
        using var call = server.Client.DecideStream(TestTokens.Bearer(server.Token("mis-stream")));
        await call.RequestStream.WriteAsync(Cases.LanguageOfHomeOnly("mine-0"));
        await call.RequestStream.WriteAsync(Cases.LanguageOfHomeOnly("theirs-1", authority: "cardiff"));
        await call.RequestStream.WriteAsync(Cases.LanguageOfHomeOnly("mine-2"));
        await call.RequestStream.CompleteAsync();

        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();

        responses.Select(r => r.StreamIndex).Should().Equal(0, 1, 2);
        responses[0].Decisions.Should().ContainSingle();
        responses[1].Error.Code.Should().Be((int)StatusCode.PermissionDenied);
        responses[1].Decisions.Should().BeEmpty();
        responses[1].CaseReference.Should().BeEmpty("a refused item's response echoes nothing of it");
        responses[2].CaseReference.Should().Be("mine-2");
    }

    [Fact]
    public async Task DecideStream_NoToken_Unauthenticated()
    {
        using var call = server.Client.DecideStream();
        var act = async () =>
        {
            await call.RequestStream.WriteAsync(Cases.LanguageOfHomeOnly());
            await call.ResponseStream.MoveNext(CancellationToken.None);
        };

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Fact]
    public async Task ListRuleSets_PolicyRole_Lists()
    {
        var response = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest(), TestTokens.Bearer(server.Token("policy-officer", "gwynedd", "policy")));

        response.RuleSets.Should().Contain(r => r.Id == "national.aln-determination");
    }

    [Fact]
    public async Task ListRuleSets_MisRole_PermissionDenied()
    {
        var error = await RefusedAsync(() => server.Client.ListRuleSetsAsync(new ListRuleSetsRequest(), TestTokens.Bearer(server.Token("mis-lister"))).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task Reflection_NoToken_Unauthenticated()
    {
        var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo();
        var act = async () =>
        {
            await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = string.Empty });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        };

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unauthenticated);
    }

    [Theory]
    [InlineData("")]
    [InlineData("aln.decisions.v1.DecisionService")]
    [InlineData("readiness")]
    [InlineData("liveness")]
    public async Task Health_NoToken_Serving(string service)
    {
        var response = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest { Service = service });

        response.Status.Should().Be(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task JsonDecide_NoToken_401WithBearerChallenge()
    {
        using var response = await PostDecideAsync(Cases.LanguageOfHomeOnlyJson(), token: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"code\": 16");
    }

    [Fact]
    public async Task JsonDecide_MisForAnotherAuthority_403()
    {
        using var response = await PostDecideAsync(Cases.LanguageOfHomeOnlyJson(authority: "cardiff"), server.Token("mis-json"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task JsonDecide_PanelRole_403()
    {
        using var response = await PostDecideAsync(Cases.LanguageOfHomeOnlyJson(), server.Token("panel-json", "gwynedd", "panel"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task JsonDecide_MisForItsOwnAuthority_200()
    {
        using var response = await PostDecideAsync(Cases.LanguageOfHomeOnlyJson(), server.Token("mis-json-ok"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task JsonListRuleSets_NoToken_401()
    {
        using var response = await server.Http.GetAsync("/v1/rule-sets");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Endpoints_EveryDecisionServiceMethod_HasAPolicyThatIsNotTheRefusal()
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var decisionEndpoints = endpoints
            .Select(e => (Method: e.Metadata.GetMetadata<GrpcMethodMetadata>(), Policies: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList()))
            .Where(e => e.Method?.Method.ServiceName == DecisionService.Descriptor.FullName)
            .ToList();

        // Every method in the proto, over gRPC and (where it has an HTTP rule) JSON.
        decisionEndpoints.Select(e => e.Method!.Method.Name).Distinct().Should().BeEquivalentTo(DecisionService.Descriptor.Methods.Select(m => m.Name));
        decisionEndpoints.Should().OnlyContain(e => e.Policies.Count > 0 && !e.Policies.Contains(AlnPolicies.Unassigned));
        MethodPolicies.For(DecisionService.Descriptor.FullName, "NotYetWritten").Should().Be(AlnPolicies.Unassigned);
    }

    private async Task<HttpResponseMessage> PostDecideAsync(string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions:decide")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await server.Http.SendAsync(request);
    }

    private static async Task<RpcException> RefusedAsync(Func<Task> call) => (await call.Should().ThrowAsync<RpcException>()).Which;

    /// <summary>The status came in grpc-status, not mapped by the client from a bare HTTP status.</summary>
    private static void AssertRealGrpcStatus(RpcException error) =>
        error.Status.Detail.Should().NotContain("Bad gRPC response", "the server must answer with grpc-status, not an HTTP error code");
}

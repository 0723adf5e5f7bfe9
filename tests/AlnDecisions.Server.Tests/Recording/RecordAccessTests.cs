using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AlnDecisions.Contract.V1;
using Grpc.Core;
using static AlnDecisions.Server.Tests.Recording.Requests;

namespace AlnDecisions.Server.Tests.Recording;

/// <summary>
/// Who may read and add to the record: an MIS and a panel, each only its own authority's decisions;
/// erasure is the policy role's, for its own authority. Refusals are real gRPC statuses and 401/403 over JSON.
/// </summary>
[Collection(RecordServerCollection.Name)]
public sealed class RecordAccessTests(RecordServer server)
{
    [Fact]
    public async Task Decide_RecordsTheAuthorityOfTheCallersToken()
    {
        // The token names the authority in its own spelling; the record keeps the code.
        var token = server.Tokens.Mint("mis-capitals", "Gwynedd", ["mis"]);
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("claims")), TestTokens.Bearer(token));

        var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, server.As("gwynedd", "panel"));

        recorded.Authority.Should().Be("gwynedd");
    }

    [Theory]
    [InlineData("mis")]
    [InlineData("panel")]
    public async Task GetDecision_OwnAuthority_Allowed(string role)
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("own")), server.As("gwynedd"));

        var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, server.As("gwynedd", role));

        recorded.Response.DecisionId.Should().Be(answered.DecisionId);
    }

    [Theory]
    [InlineData("cardiff", "mis")]
    [InlineData("cardiff", "panel")]
    [InlineData("gwynedd", "policy")]
    public async Task GetDecision_AnotherAuthorityOrRole_PermissionDenied(string authority, string role)
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("theirs")), server.As("gwynedd"));

        var error = await RefusedAsync(() => server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, server.As(authority, role)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
    }

    [Fact]
    public async Task EveryRecordCall_NoToken_Unauthenticated()
    {
        var calls = new Func<Task>[]
        {
            () => server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = "01JZZZZZZZZZZZZZZZZZZZZZZZ" }).ResponseAsync,
            () => server.Client.ListDecisionsAsync(new ListDecisionsRequest()).ResponseAsync,
            () => server.Client.RecordOutcomeAsync(Agrees("01JZZZZZZZZZZZZZZZZZZZZZZZ")).ResponseAsync,
            () => server.Client.EraseCaseAsync(new EraseCaseRequest { CaseReference = "x", Authority = "gwynedd" }).ResponseAsync,
        };

        foreach (var call in calls)
        {
            (await RefusedAsync(call)).StatusCode.Should().Be(StatusCode.Unauthenticated);
        }
    }

    [Fact]
    public async Task ListDecisions_SeesOnlyItsOwnAuthority_AnotherIsRefused()
    {
        var reference = NewCaseReference("list-access");
        await server.Client.DecideAsync(HasAln(reference), server.As("gwynedd"));
        await server.Client.DecideAsync(HasAln(reference, "cardiff"), server.As("cardiff"));

        var own = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference }, server.As("cardiff", "panel"));
        var named = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference, Authority = "cardiff" }, server.As("cardiff", "mis"));
        var theirs = await RefusedAsync(() => server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference, Authority = "gwynedd" }, server.As("cardiff", "panel")).ResponseAsync);
        var policy = await RefusedAsync(() => server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference }, server.As("cardiff", "policy")).ResponseAsync);

        own.Decisions.Should().ContainSingle().Which.Authority.Should().Be("cardiff");
        named.Decisions.Should().ContainSingle().Which.Authority.Should().Be("cardiff");
        theirs.StatusCode.Should().Be(StatusCode.PermissionDenied);
        policy.StatusCode.Should().Be(StatusCode.PermissionDenied);
    }

    [Theory]
    [InlineData("cardiff", "panel")]
    [InlineData("cardiff", "mis")]
    [InlineData("gwynedd", "policy")]
    public async Task RecordOutcome_AnotherAuthorityOrRole_PermissionDeniedAndNothingRecorded(string authority, string role)
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("outcome-access")), server.As("gwynedd"));

        var error = await RefusedAsync(() => server.Client.RecordOutcomeAsync(Agrees(answered.DecisionId), server.As(authority, role)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
        (await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, server.As("gwynedd"))).HumanDecisions.Should().BeEmpty();
    }

    [Fact]
    public async Task RecordOutcome_AnotherAuthorityWithABadRequest_PermissionDeniedNotValidation()
    {
        // What is wrong with a request is not told about another authority's decision.
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("outcome-order")), server.As("gwynedd"));

        var error = await RefusedAsync(() => server.Client.RecordOutcomeAsync(new RecordOutcomeRequest { DecisionId = answered.DecisionId }, server.As("cardiff", "panel")).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
    }

    [Theory]
    [InlineData("gwynedd", "mis")]
    [InlineData("gwynedd", "panel")]
    [InlineData("cardiff", "policy")]
    public async Task EraseCase_NotThePolicyRoleOfThatAuthority_PermissionDeniedAndNothingErased(string authority, string role)
    {
        var reference = NewCaseReference("erase-access");
        var answered = await server.Client.DecideAsync(HasAln(reference), server.As("gwynedd"));

        var error = await RefusedAsync(() => server.Client.EraseCaseAsync(new EraseCaseRequest { CaseReference = reference, Authority = "gwynedd" }, server.As(authority, role)).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.PermissionDenied);
        (await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, server.As("gwynedd"))).Response.DecisionId.Should().Be(answered.DecisionId);
    }

    [Fact]
    public async Task RecordCalls_OverJson_401WithoutATokenAnd403ForAnotherAuthority()
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("json-access")), server.As("gwynedd"));

        using var anonymous = await server.Http.GetAsync($"/v1/decisions/{answered.DecisionId}");
        using var other = await server.Http.SendAsync(Get($"/v1/decisions/{answered.DecisionId}", server.Token("cardiff", "panel")));
        using var otherList = await server.Http.SendAsync(Get("/v1/decisions?authority=gwynedd", server.Token("cardiff", "panel")));
        using var erase = new HttpRequestMessage(HttpMethod.Post, "/v1/cases:erase")
        {
            Content = new StringContent("""{"caseReference":"x","authority":"gwynedd"}""", Encoding.UTF8, "application/json"),
        };
        erase.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token("gwynedd", "mis"));
        using var erased = await server.Http.SendAsync(erase);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        anonymous.Headers.WwwAuthenticate.Should().Contain(h => h.Scheme == "Bearer");
        other.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        otherList.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        erased.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static HttpRequestMessage Get(string path, string token)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }
}

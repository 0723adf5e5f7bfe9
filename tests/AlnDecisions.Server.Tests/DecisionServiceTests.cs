using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AlnDecisions.Contract.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;

namespace AlnDecisions.Server.Tests;

[Collection(LoopbackServerCollection.Name)]
public sealed class DecisionServiceTests(LoopbackServer server)
{
    private static DecisionRequest LanguageOfHomeOnly(string reference = "case-1") => new()
    {
        CaseReference = reference,
        Authority = "gwynedd",
        DecisionDate = "2025-10-01",
        Kinds = { DecisionKind.Types.Value.AlnDetermination },
        Learner = new Learner
        {
            DateOfBirth = "2016-05-04",
            Needs = new Needs { SolelyLanguageOfHome = true },
        },
    };

    [Fact]
    public async Task Decide_ValidRequest_ReturnsExplainedDecisionWithProvenance()
    {
        var response = await server.Client.DecideAsync(LanguageOfHomeOnly());

        response.CaseReference.Should().Be("case-1");
        response.DecisionId.Should().HaveLength(26);
        var decision = response.Decisions.Should().ContainSingle().Subject;
        decision.Outcome.Should().Be("NO_ALN");
        decision.DecidingLayer.Should().Be(Layer.Types.Value.Statutory);
        decision.Explanation.DecidingRule.Should().Be("difficulty-solely-from-language-of-home");
        decision.Explanation.Summary.Cy.Should().NotBeNullOrEmpty();
        decision.RuleSets.Should().ContainSingle(r => r.Id == "national.aln-determination" && r.Sha256.Length == 64);
    }

    [Fact]
    public async Task Decide_BadRequest_InvalidArgumentNamingEveryField()
    {
        var request = LanguageOfHomeOnly();
        request.Authority = "atlantis";
        request.Learner.DateOfBirth = "04/05/2016";

        var act = () => server.Client.DecideAsync(request).ResponseAsync;

        var error = (await act.Should().ThrowAsync<RpcException>()).Which;
        error.StatusCode.Should().Be(StatusCode.InvalidArgument);
        var details = error.GetRpcStatus()!.GetDetail<BadRequest>();
        details.FieldViolations.Select(v => v.Field).Should().BeEquivalentTo(["authority", "learner.dateOfBirth"]);
    }

    [Fact]
    public async Task DecideStream_ManyRequests_OneResponseEachInOrder()
    {
        using var call = server.Client.DecideStream();
        for (var i = 0; i < 50; i++)
        {
            await call.RequestStream.WriteAsync(LanguageOfHomeOnly($"case-{i}"));
        }

        await call.RequestStream.CompleteAsync();
        var references = new List<string>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            response.Decisions.Single().Outcome.Should().Be("NO_ALN");
            references.Add(response.CaseReference);
        }

        references.Should().Equal(Enumerable.Range(0, 50).Select(i => $"case-{i}"));
    }

    [Fact]
    public async Task DecideStream_MixedGoodAndBadRequests_EachBadItemAnsweredWithItsIndexAndTheStreamGoesOn()
    {
        var badDates = LanguageOfHomeOnly("bad-3");
        badDates.Authority = "atlantis";
        badDates.Learner.DateOfBirth = "04/05/2016";
        DecisionRequest[] requests =
        [
            LanguageOfHomeOnly("good-0"),
            new DecisionRequest { Authority = "cardiff" },
            LanguageOfHomeOnly("good-2"),
            badDates,
            LanguageOfHomeOnly("good-4"),
        ];

        using var call = server.Client.DecideStream();
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();

        responses.Select(r => r.StreamIndex).Should().Equal(0, 1, 2, 3, 4);
        responses.Where((_, i) => i % 2 == 0).Should().OnlyContain(r => r.Error == null && r.Decisions.Single().Outcome == "NO_ALN");
        responses.Where((_, i) => i % 2 == 0).Select(r => r.CaseReference).Should().Equal("good-0", "good-2", "good-4");
        Violations(responses[1]).Should().Contain("caseReference");
        Violations(responses[3]).Should().BeEquivalentTo(["authority", "learner.dateOfBirth"]);
        responses[3].Decisions.Should().BeEmpty();
    }

    private static IEnumerable<string> Violations(DecisionResponse response)
    {
        response.Error.Should().NotBeNull();
        response.Error.Code.Should().Be((int)StatusCode.InvalidArgument);
        return response.Error.Details.Single().Unpack<BadRequest>().FieldViolations.Select(v => v.Field);
    }

    [Fact]
    public async Task ListRuleSets_ShowsEveryRuleSetWithStatusAndHash()
    {
        var response = await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest());

        var aln = response.RuleSets.Should().ContainSingle(r => r.Id == "national.aln-determination").Subject;
        aln.Status.Should().Be("statutory");
        aln.LoadState.Should().Be("SERVING");
        aln.EffectiveFrom.Should().Be("2021-09-01");
        aln.Sha256.Should().HaveLength(64);
        aln.Kind.Should().Be(DecisionKind.Types.Value.AlnDetermination);
    }

    [Fact]
    public async Task JsonTranscoding_PostDecide_AnswersOnTheHttp1Port()
    {
        using var content = new StringContent("""
            {"caseReference":"json-1","authority":"gwynedd","decisionDate":"2025-10-01","kinds":["ALN_DETERMINATION"],
             "learner":{"dateOfBirth":"2016-05-04","needs":{"solelyLanguageOfHome":true}}}
            """, System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Http.PostAsync("/v1/decisions:decide", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("decisions")[0].GetProperty("outcome").GetString().Should().Be("NO_ALN");
        json.RootElement.GetProperty("decisions")[0].GetProperty("kind").GetString().Should().Be("ALN_DETERMINATION");
    }

    [Fact]
    public async Task JsonTranscoding_BadRequest_Returns400NamingField()
    {
        using var response = await server.Http.PostAsJsonAsync("/v1/decisions:decide", new { caseReference = "x", authority = "atlantis" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("authority");
    }

    [Fact]
    public async Task Health_RuleSetsLoaded_Serving()
    {
        var health = new Health.HealthClient(server.Channel);

        var response = await health.CheckAsync(new HealthCheckRequest());

        response.Status.Should().Be(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task Reflection_ListsTheDecisionService()
    {
        var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(server.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        (await call.ResponseStream.MoveNext(CancellationToken.None)).Should().BeTrue();

        call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name)
            .Should().Contain(["aln.decisions.v1.DecisionService", "grpc.health.v1.Health"]);
    }
}

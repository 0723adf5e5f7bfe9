using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Google.Protobuf;
using Grpc.Core;
using static AlnDecisions.Server.Tests.Recording.Requests;

namespace AlnDecisions.Server.Tests.Recording;

/// <summary>The decision record through the real server: what Decide records, and reading it back exactly as it was made.</summary>
[Collection(RecordServerCollection.Name)]
public sealed class DecisionRecordTests(RecordServer server)
{
    private Metadata Mis => server.As("gwynedd");

    [Fact]
    public async Task GetDecision_AfterDecideFull_ReturnsTheResponseByteForByteAndTheRequest()
    {
        var request = HasAln(NewCaseReference("round-trip"));
        var answered = await server.Client.DecideAsync(request, Mis);

        var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, Mis);

        recorded.Response.ToByteString().Should().Equal(answered.ToByteString(), "the record is the response as it was made, never re-evaluated");
        recorded.Request.Should().Be(request);
        recorded.Authority.Should().Be("gwynedd");
        recorded.HumanDecisions.Should().BeEmpty();
        answered.Decisions.Single().Explanation.Reasons.Should().NotBeEmpty();
    }

    [Fact]
    public async Task GetDecision_AfterDecideBasic_ReturnsTheFullResponseOfWhichTheCallerGotTheBasicView()
    {
        var answered = await server.Client.DecideAsync(HasAlnAndIdp(NewCaseReference("basic")).Apply(r => r.View = DecisionView.Types.Value.Basic), Mis);

        var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, Mis);

        answered.Decisions.Should().OnlyContain(d => d.Explanation.Reasons.Count == 0);
        recorded.Response.Decisions.Should().HaveCount(2).And.OnlyContain(d => d.Explanation.Reasons.Count > 0, "the record keeps the FULL view whatever was asked");
        AsBasic(recorded.Response).ToByteString().Should().Equal(answered.ToByteString(), "the caller's view is the recorded decisions less the reasons");
        recorded.Request.View.Should().Be(DecisionView.Types.Value.Basic);
    }

    [Fact]
    public async Task GetDecision_RecordedAtAndRetention_FollowTheAuthoritysOwnSetting()
    {
        var powys = await server.Client.DecideAsync(HasAln(NewCaseReference("retention"), "powys"), server.As("powys"));
        var gwynedd = await server.Client.DecideAsync(HasAln(NewCaseReference("retention")), Mis);

        var powysRecord = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = powys.DecisionId }, server.As("powys"));
        var gwyneddRecord = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = gwynedd.DecisionId }, Mis);

        Span(powysRecord).Should().Be(RecordServer.PowysRetention);
        Span(gwyneddRecord).Should().Be(new Store.Configuration.DecisionRetentionOptions().Default);
        DateTimeOffset.Parse(powysRecord.RecordedAt, System.Globalization.CultureInfo.InvariantCulture).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));

        static TimeSpan Span(RecordedDecision r) =>
            DateTimeOffset.Parse(r.RetainedUntil, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.Parse(r.RecordedAt, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task DecideStream_EveryDecidedItemIsRecordedWithoutItsStreamPosition()
    {
        var reference = NewCaseReference("stream");
        using var call = server.Client.DecideStream(Mis);
        var sent = new List<DecisionRequest>();
        for (var i = 0; i < 6; i++)
        {
            var request = i == 3 ? new DecisionRequest { Authority = "gwynedd" } : HasAln(reference, view: i % 2 == 0 ? DecisionView.Types.Value.Basic : DecisionView.Types.Value.Full);
            sent.Add(request);
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var answers = await call.ResponseStream.ReadAllAsync().ToListAsync();

        answers.Select(a => a.StreamIndex).Should().Equal(0, 1, 2, 3, 4, 5);
        answers[3].Error.Code.Should().Be((int)StatusCode.InvalidArgument);
        foreach (var (answer, i) in answers.Select((a, i) => (a, i)).Where(x => x.i != 3))
        {
            var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answer.DecisionId }, Mis);
            recorded.Response.StreamIndex.Should().Be(0, "the record keeps the decision, not its place in one stream");
            recorded.Response.Decisions.Should().OnlyContain(d => d.Explanation.Reasons.Count > 0, "the record keeps the FULL view whatever was asked");
            var expected = i % 2 == 0 ? AsBasic(recorded.Response) : recorded.Response.Clone();
            expected.StreamIndex = i;
            expected.ToByteString().Should().Equal(answer.ToByteString());
            recorded.Request.Should().Be(sent[i]);
        }

        var listed = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference }, Mis);
        listed.Decisions.Should().HaveCount(5, "the item that was not decided has nothing to record");
    }

    [Fact]
    public async Task GetDecision_OverJson_TheStoredResponseAsTheJsonCallerGotIt()
    {
        var reference = NewCaseReference("json");
        using var decide = Json(HttpMethod.Post, "/v1/decisions:decide", "gwynedd", "mis", JsonFormatter.Default.Format(HasAln(reference)));
        using var decided = await server.Http.SendAsync(decide);
        decided.StatusCode.Should().Be(HttpStatusCode.OK);
        var answered = ContractJson.Parser.Parse<DecisionResponse>(await decided.Content.ReadAsStringAsync());

        using var get = Json(HttpMethod.Get, $"/v1/decisions/{answered.DecisionId}", "gwynedd", "panel");
        using var got = await server.Http.SendAsync(get);

        got.StatusCode.Should().Be(HttpStatusCode.OK);
        var recorded = JsonParser.Default.Parse<RecordedDecision>(await got.Content.ReadAsStringAsync());
        recorded.Response.Should().Be(answered);
        recorded.Request.CaseReference.Should().Be(reference);
    }

    [Fact]
    public async Task GetDecision_UnknownOrMalformedId_NotFoundOrInvalidArgument()
    {
        var unknown = await RefusedAsync(() => server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = "01JZZZZZZZZZZZZZZZZZZZZZZZ" }, Mis).ResponseAsync);
        var malformed = await RefusedAsync(() => server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = "not-a-decision" }, Mis).ResponseAsync);
        using var json = Json(HttpMethod.Get, "/v1/decisions/01JZZZZZZZZZZZZZZZZZZZZZZZ", "gwynedd", "panel");
        using var jsonUnknown = await server.Http.SendAsync(json);

        unknown.StatusCode.Should().Be(StatusCode.NotFound);
        malformed.StatusCode.Should().Be(StatusCode.InvalidArgument);
        BadFields(malformed).Should().Equal("decisionId");
        jsonUnknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListDecisions_FiltersByCaseKindAndDate_PagesNewestFirstWithoutRepeats()
    {
        var reference = NewCaseReference("list");
        var ids = new List<string>();
        foreach (var (date, both) in new[] { ("2025-09-01", false), ("2025-09-15", true), ("2025-10-01", false), ("2025-10-15", true), ("2025-11-01", false) })
        {
            var request = both ? HasAlnAndIdp(reference, date: date) : HasAln(reference, date: date);
            ids.Add((await server.Client.DecideAsync(request, Mis)).DecisionId);
        }

        await server.Client.DecideAsync(HasAln(NewCaseReference("list-other")), Mis);

        var pages = new List<ListDecisionsResponse>();
        var token = string.Empty;
        do
        {
            var page = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference, PageSize = 2, PageToken = token }, Mis);
            pages.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        var byKind = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference, Kind = DecisionKind.Types.Value.IdpResponsibility }, Mis);
        var byDate = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference, DecidedFrom = "2025-09-15", DecidedTo = "2025-10-15" }, Mis);

        pages.Select(p => p.Decisions.Count).Should().Equal(2, 2, 1);
        pages.SelectMany(p => p.Decisions).Select(d => d.Response.DecisionId).Should().Equal(Enumerable.Reverse(ids), "newest first, each once");
        pages.SelectMany(p => p.Decisions).Should().OnlyContain(d => d.Request == null, "a listing leaves the requests out");
        byKind.Decisions.Select(d => d.Response.DecisionId).Should().Equal(ids[3], ids[1]);
        byDate.Decisions.Select(d => d.Response.DecisionDate).Should().Equal("2025-10-15", "2025-10-01", "2025-09-15");
    }

    [Fact]
    public async Task ListDecisions_BadQuery_InvalidArgumentNamingEachField()
    {
        var reference = NewCaseReference("bad-query");
        await server.Client.DecideAsync(HasAln(reference), Mis);
        await server.Client.DecideAsync(HasAln(reference), Mis);
        var first = await server.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference, PageSize = 1 }, Mis);
        var error = await RefusedAsync(() => server.Client.ListDecisionsAsync(
            new ListDecisionsRequest { PageSize = 500, DecidedFrom = "1 October", DecidedTo = "2025-13-01" }, Mis).ResponseAsync);
        var foreignToken = await RefusedAsync(() => server.Client.ListDecisionsAsync(
            new ListDecisionsRequest { CaseReference = "another-query", PageToken = first.NextPageToken }, Mis).ResponseAsync);
        var reversed = await RefusedAsync(() => server.Client.ListDecisionsAsync(
            new ListDecisionsRequest { DecidedFrom = "2025-10-01", DecidedTo = "2025-09-01" }, Mis).ResponseAsync);

        first.NextPageToken.Should().NotBeEmpty();
        BadFields(error).Should().BeEquivalentTo("decidedFrom", "decidedTo");
        BadFields(foreignToken).Should().Equal("pageToken");
        BadFields(reversed).Should().Equal("decidedTo");
        BadFields(await RefusedAsync(() => server.Client.ListDecisionsAsync(new ListDecisionsRequest { PageSize = 500 }, Mis).ResponseAsync)).Should().Equal("pageSize");
    }

    [Fact]
    public async Task ListDecisions_OverJsonWithAMisspeltFilter_BadRequestRatherThanEverything()
    {
        using var misspelt = Json(HttpMethod.Get, "/v1/decisions?caseReferense=x&kind=NOT_A_KIND", "gwynedd", "panel");
        using var refused = await server.Http.SendAsync(misspelt);
        var reference = NewCaseReference("json-list");
        await server.Client.DecideAsync(HasAln(reference), Mis);
        using var good = Json(HttpMethod.Get, $"/v1/decisions?caseReference={reference}&kind=ALN_DETERMINATION&pageSize=5", "gwynedd", "panel");
        using var listed = await server.Http.SendAsync(good);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await refused.Content.ReadAsStringAsync();
        body.Should().Contain("caseReferense").And.Contain("did you mean 'caseReference'").And.Contain("kind").And.NotContain("NOT_A_KIND");
        listed.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonParser.Default.Parse<ListDecisionsResponse>(await listed.Content.ReadAsStringAsync()).Decisions.Should().ContainSingle();
    }

    [Fact]
    public async Task RecordOutcome_AgreeingThenOverriding_BothKeptBesideTheRecommendationLatestLast()
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("outcome")), Mis);
        var welsh = new HumanReason { Text = "Mae'r panel o'r farn bod y ddarpariaeth gyffredinol yn ddigonol.", Language = Language.Types.Value.Welsh, Translation = "The panel finds universal provision sufficient." };

        var agreed = await server.Client.RecordOutcomeAsync(Agrees(answered.DecisionId), Mis);
        var overridden = await server.Client.RecordOutcomeAsync(Overrides(answered.DecisionId, welsh), server.As("gwynedd", "panel"));
        var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, Mis);

        recorded.Response.ToByteString().Should().Equal(answered.ToByteString(), "a human decision sits beside the recommendation, never changes it");
        recorded.HumanDecisions.Select(h => h.FinalOutcome).Should().Equal("HAS_ALN", "NO_ALN");
        recorded.HumanDecisions[0].Should().Be(agreed);
        recorded.HumanDecisions[1].Should().Be(overridden);
        overridden.Reason.Should().Be(welsh);
        overridden.FollowsRecommendation.Should().BeFalse();
        overridden.DeciderRole.Should().Be("local authority ALN officer");
        overridden.DecidedOn.Should().Be("2025-10-03");
        overridden.Id.Should().NotBeEmpty().And.NotBe(agreed.Id);
    }

    [Fact]
    public async Task RecordOutcome_OverrideWithoutAReason_InvalidArgumentNamingTheReason()
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("no-reason")), Mis);

        var missing = await RefusedAsync(() => server.Client.RecordOutcomeAsync(Overrides(answered.DecisionId, null), Mis).ResponseAsync);
        var blank = await RefusedAsync(() => server.Client.RecordOutcomeAsync(Overrides(answered.DecisionId, new HumanReason { Text = " ", Language = Language.Types.Value.English }), Mis).ResponseAsync);
        using var json = Json(HttpMethod.Post, $"/v1/decisions/{answered.DecisionId}:recordOutcome", "gwynedd", "panel",
            """{"kind":"ALN_DETERMINATION","finalOutcome":"NO_ALN","followsRecommendation":false,"deciderRole":"ALNCo"}""");
        using var jsonRefused = await server.Http.SendAsync(json);

        missing.StatusCode.Should().Be(StatusCode.InvalidArgument);
        BadFields(missing).Should().Equal("reason");
        BadFields(blank).Should().Equal("reason.text");
        jsonRefused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await jsonRefused.Content.ReadAsStringAsync()).Should().Contain("\"field\":\"reason\"");
        (await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }, Mis)).HumanDecisions.Should().BeEmpty();
    }

    [Fact]
    public async Task RecordOutcome_EveryBadField_NamedAtOnce()
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("bad-outcome")), Mis);
        var bad = new RecordOutcomeRequest
        {
            DecisionId = answered.DecisionId,
            Kind = DecisionKind.Types.Value.DecisionKindUnspecified,
            FinalOutcome = "has aln",
            Reason = new HumanReason { Text = "Agreed." },
            DecidedOn = "2099-01-01",
        };

        var error = await RefusedAsync(() => server.Client.RecordOutcomeAsync(bad, Mis).ResponseAsync);

        error.StatusCode.Should().Be(StatusCode.InvalidArgument);
        BadFields(error).Should().BeEquivalentTo("kind", "finalOutcome", "followsRecommendation", "reason.language", "deciderRole", "decidedOn");
    }

    [Fact]
    public async Task RecordOutcome_AgainstWhatWasRecorded_KindAndFollowsRecommendationChecked()
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("checked")), Mis);
        var otherKind = Agrees(answered.DecisionId).Apply(r => r.Kind = DecisionKind.Types.Value.CrossBorder);
        var saysFollowsButDiffers = Agrees(answered.DecisionId, outcome: "NO_ALN");

        BadFields(await RefusedAsync(() => server.Client.RecordOutcomeAsync(otherKind, Mis).ResponseAsync)).Should().Equal("kind");
        BadFields(await RefusedAsync(() => server.Client.RecordOutcomeAsync(saysFollowsButDiffers, Mis).ResponseAsync)).Should().Equal("followsRecommendation");
    }

    [Fact]
    public async Task RecordOutcome_UnknownDecision_NotFoundOverGrpcAndJson()
    {
        var error = await RefusedAsync(() => server.Client.RecordOutcomeAsync(Agrees("01JZZZZZZZZZZZZZZZZZZZZZZZ"), Mis).ResponseAsync);
        using var json = Json(HttpMethod.Post, "/v1/decisions/01JZZZZZZZZZZZZZZZZZZZZZZZ:recordOutcome", "gwynedd", "panel",
            """{"kind":"ALN_DETERMINATION","finalOutcome":"HAS_ALN","followsRecommendation":true,"deciderRole":"ALNCo"}""");
        using var refused = await server.Http.SendAsync(json);

        error.StatusCode.Should().Be(StatusCode.NotFound);
        refused.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EraseCase_PolicyRole_ErasesItsAuthoritysRecordsOfTheCaseOnly()
    {
        var reference = NewCaseReference("erase");
        var gwynedd = await server.Client.DecideAsync(HasAln(reference), Mis);
        await server.Client.RecordOutcomeAsync(Agrees(gwynedd.DecisionId), Mis);
        var cardiff = await server.Client.DecideAsync(HasAln(reference, "cardiff"), server.As("cardiff"));

        var erased = await server.Client.EraseCaseAsync(new EraseCaseRequest { CaseReference = reference, Authority = "gwynedd" }, server.As("gwynedd", "policy"));

        erased.Erased.Should().Be(1);
        (await RefusedAsync(() => server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = gwynedd.DecisionId }, Mis).ResponseAsync)).StatusCode.Should().Be(StatusCode.NotFound);
        (await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = cardiff.DecisionId }, server.As("cardiff"))).Response.DecisionId.Should().Be(cardiff.DecisionId);
        (await server.Client.EraseCaseAsync(new EraseCaseRequest { CaseReference = reference, Authority = "gwynedd" }, server.As("gwynedd", "policy"))).Erased.Should().Be(0);
    }

    [Fact]
    public async Task EraseCase_MissingFields_InvalidArgument()
    {
        var error = await RefusedAsync(() => server.Client.EraseCaseAsync(new EraseCaseRequest { Authority = "atlantis" }, server.As("gwynedd", "policy")).ResponseAsync);

        BadFields(error).Should().BeEquivalentTo("caseReference", "authority");
    }

    private HttpRequestMessage Json(HttpMethod method, string path, string authority, string role, string? body = null)
    {
        var message = new HttpRequestMessage(method, path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token(authority, role));
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return message;
    }
}

internal static class MessageExtensions
{
    public static T Apply<T>(this T message, Action<T> change)
    {
        change(message);
        return message;
    }
}

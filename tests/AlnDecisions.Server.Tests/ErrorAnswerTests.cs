using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AlnDecisions.Contract.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace AlnDecisions.Server.Tests;

/// <summary>
/// What a caller's bad input is answered with, and what it leaves in the logs: a field-level
/// answer, never exception text or a .NET type name; one Information line, never a stack trace or
/// a case fact.
/// </summary>
[Collection(SecuredServerCollection.Name)]
public sealed class ErrorAnswerTests(SecuredServer server)
{
    private static readonly string[] Leaks = ["Google.Protobuf", "+Types+", "System.", "Exception", "AlnDecisions.", "   at "];

    [Fact]
    public async Task JsonDecide_MalformedBody_400NamingWhereItBroke()
    {
        var (status, body) = await PostAsync("""{"caseReference": "leak-probe-1", "authority": """);

        status.Should().Be(HttpStatusCode.BadRequest);
        Fields(body).Should().Equal("authority");
        body.Should().Contain("not valid JSON at line 1");
        AssertNoLeak(body);
    }

    [Theory]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","learner":{"needs":{"solelyLanguageOfHome":"yes"}}}""", "learner.needs.solelyLanguageOfHome")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","learner":{"setting":{"kind":"CASTLE"}}}""", "learner.setting.kind")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","learner":{"setting":{"kind":99}}}""", "learner.setting.kind")]
    [InlineData("""{"caseReference":17,"authority":"gwynedd"}""", "caseReference")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","kinds":"ALN_DETERMINATION"}""", "kinds")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","kinds":["ALN_DETERMINATION", null]}""", "kinds[1]")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","learner":{"post16":{"yearsOnProgramme":"two"}}}""", "learner.post16.yearsOnProgramme")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","learner":{"post16":{"yearsOnProgramme":3000000000}}}""", "learner.post16.yearsOnProgramme")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","learner":"2016-05-04"}""", "learner")]
    [InlineData("""{"caseReference":"x","authority":"gwynedd","events":[{"kind":"BROUGHT_TO_ATTENTION","date":20250101}]}""", "events[0].date")]
    public async Task JsonDecide_WrongTypeField_400NamingTheField(string json, string field)
    {
        var (status, body) = await PostAsync(json);

        status.Should().Be(HttpStatusCode.BadRequest);
        Fields(body).Should().Equal(field);
        AssertNoLeak(body);
    }

    [Fact]
    public async Task JsonDecide_MisspeltField_400NamingItWithTheFieldMeant()
    {
        var (status, body) = await PostAsync("""{"caseReference":"x","authority":"gwynedd","learner":{"dateOfBirth":"2016-05-04","needz":{"solelyLanguageOfHome":true} } }""");

        status.Should().Be(HttpStatusCode.BadRequest);
        Fields(body).Should().Equal("learner.needz");
        body.Should().Contain("did you mean 'needs'");
    }

    [Fact]
    public async Task JsonDecide_FieldGivenTwiceByBothNames_400()
    {
        var (status, body) = await PostAsync("""{"caseReference":"x","case_reference":"y","authority":"gwynedd"}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        Fields(body).Should().Equal("caseReference");
    }

    [Fact]
    public async Task JsonDecide_UnknownFieldWithControlCharacters_EchoedEscapedAndShort()
    {
        var name = "\u202Egnp.exe" + new string('x', 500);
        var (status, body) = await PostAsync(JsonSerializer.Serialize(new Dictionary<string, object> { ["caseReference"] = "x", [name] = 1 }));

        status.Should().Be(HttpStatusCode.BadRequest);
        var field = Fields(body).Single();
        field.Should().NotContain("\u202E").And.Contain("\\u202E");
        field.Length.Should().BeLessThan(60);
    }

    [Fact]
    public async Task JsonDecide_NestedTooDeep_400NotAStackOverflow()
    {
        var (status, body) = await PostAsync("{\"caseReference\":" + new string('[', 5000) + new string(']', 5000) + "}");

        status.Should().Be(HttpStatusCode.BadRequest);
        AssertNoLeak(body);
    }

    [Fact]
    public async Task JsonDecide_BodyOverTheLimit_413()
    {
        var areas = string.Join(",", Enumerable.Repeat("\"" + new string('a', 1000) + "\"", 2000));
        // Expect: 100-continue, as a client sending a large body should: the server refuses on the
        // length alone and closes, so a client still writing 2 MB would otherwise race that close.
        var (status, body) = await PostAsync($$"""{"caseReference":"x","authority":"gwynedd","learner":{"needs":{"areas":[{{areas}}]} } }""", expectContinue: true);

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        body.Length.Should().BeLessThan(200, "the answer to a large body is short, and echoes none of it");
    }

    [Fact]
    public async Task JsonDecide_NotJson_415()
    {
        var (status, body) = await PostAsync("caseReference=x", "text/plain");

        status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        body.Should().NotContain("text/plain");
    }

    [Fact]
    public async Task Decide_DatesFarInTheFuture_InvalidArgumentNamingEachDate()
    {
        var request = new DecisionRequest
        {
            CaseReference = "far-future",
            Authority = "gwynedd",
            DecisionDate = "9999-12-31",
            Learner = new Learner { DateOfBirth = "9999-01-01" },
            Events = { new CaseEvent { Kind = CaseEventKind.Types.Value.BroughtToAttention, Date = "9999-12-30", Body = EventBody.Types.Value.School } },
        };

        var call = async () => await server.Client.DecideAsync(request, TestTokens.Bearer(server.Token("mis-far-future")));

        // Refused as input: the decision date is past the last one accepted, and the dates compared
        // with it are checked against that last date instead, so each is named once.
        var error = (await call.Should().ThrowAsync<RpcException>()).Which;
        error.StatusCode.Should().Be(StatusCode.InvalidArgument);
        error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field)
            .Should().BeEquivalentTo(["decisionDate", "learner.dateOfBirth", "events[0].date"]);
        AssertNoLeak(error.Status.Detail);
    }

    [Fact]
    public async Task BadRequests_LoggedOnceEachAtInformation_WithoutStackTracesOrCaseFacts()
    {
        const string reference = "leak-probe-case-7Q";
        const string dateOfBirth = "31/12/2011";
        const string area = "leak-probe-area-dyslexia";
        var mark = server.Logs.Mark();

        await PostAsync($$"""{"caseReference":"{{reference}}","authority":"gwynedd","learner":{"dateOfBirth":"{{dateOfBirth}}","needs":{"areas":["{{area}}"],"solelyLanguageOfHome":"{{area}}"} } }""");
        await PostAsync($$"""{"caseReference":"{{reference}}","authority":"gwynedd","learner":{"dateOfBirth":"{{dateOfBirth}}",""");
        await PostAsync($$"""{"caseReference":"{{reference}}","{{area}}":true}""");
        var invalid = new DecisionRequest { CaseReference = reference, Authority = "gwynedd", DecisionDate = "2025-10-01", Learner = new Learner { DateOfBirth = dateOfBirth, Needs = new Needs { Areas = { area } } } };
        var grpc = async () => await server.Client.DecideAsync(invalid, TestTokens.Bearer(server.Token("mis-logs")));
        (await grpc.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.InvalidArgument);
        using (var call = server.Client.DecideStream(TestTokens.Bearer(server.Token("mis-logs"))))
        {
            await call.RequestStream.WriteAsync(invalid);
            await call.RequestStream.CompleteAsync();
            (await call.ResponseStream.ReadAllAsync().ToListAsync()).Single().Error.Should().NotBeNull();
        }

        var logged = server.Logs.Since(mark).Where(e => e.Level >= LogLevel.Information).ToList();
        logged.Should().NotContain(e => e.Text.Contains(reference) || e.Text.Contains(dateOfBirth) || e.Text.Contains(area), "case facts are never logged at Information or above");
        logged.Should().NotContain(e => e.Exception != null || e.Text.Contains("   at "), "a caller's bad request is not a stack trace");
        logged.Where(e => e.Message.StartsWith("Refused", StringComparison.Ordinal) || e.Message.Contains("refused", StringComparison.Ordinal))
            .Should().HaveCount(5, "each bad request is logged once");
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string json, string mediaType = "application/json", bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions:decide")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, mediaType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token("mis-error-answers"));
        request.Headers.ExpectContinue = expectContinue;
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<string> Fields(string body)
    {
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("code").GetInt32().Should().Be((int)StatusCode.InvalidArgument);
        return json.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest")
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .Select(v => v.GetProperty("field").GetString()!)
            .ToList();
    }

    private static void AssertNoLeak(string text)
    {
        foreach (var leak in Leaks)
        {
            text.Should().NotContain(leak);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;

namespace AlnDecisions.Server.Tests;

/// <summary>Each caller has a bucket of <see cref="RateLimitedServer.Burst"/> tokens refilled at one a second.</summary>
[Collection(RateLimitedServerCollection.Name)]
public sealed class RateLimitTests(RateLimitedServer server)
{
    [Fact]
    public async Task Decide_OverTheCallersLimit_ResourceExhaustedAsGrpcStatus()
    {
        var token = TestTokens.Bearer(server.Tokens.Mint("mis-busy", "gwynedd", ["mis"]));

        var outcomes = await SendAsync(10, () => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(), token).ResponseAsync);

        outcomes.Count(o => o is null).Should().BeGreaterThanOrEqualTo(RateLimitedServer.Burst);
        var refused = outcomes.OfType<RpcException>().ToList();
        refused.Should().NotBeEmpty();
        // RESOURCE_EXHAUSTED reaches the client only as a real grpc-status 8: a bare HTTP 429 would read as UNAVAILABLE.
        refused.Should().OnlyContain(e => e.StatusCode == StatusCode.ResourceExhausted && e.Status.Detail.Contains("retry after"));
    }

    [Fact]
    public async Task Decide_OneCallerOverItsLimit_AnotherCallerOfTheSameAuthorityStillServed()
    {
        var greedy = TestTokens.Bearer(server.Tokens.Mint("mis-greedy", "conwy", ["mis"]));
        var patient = TestTokens.Bearer(server.Tokens.Mint("mis-patient", "conwy", ["mis"]));
        var outcomes = await SendAsync(10, () => server.Client.DecideAsync(Cases.LanguageOfHomeOnly(authority: "conwy"), greedy).ResponseAsync);
        outcomes.OfType<RpcException>().Should().NotBeEmpty();

        var response = await server.Client.DecideAsync(Cases.LanguageOfHomeOnly("patient", "conwy"), patient);

        response.CaseReference.Should().Be("patient");
    }

    [Fact]
    public async Task JsonDecide_OverTheCallersLimit_429WithRetryAfter()
    {
        var token = server.Tokens.Mint("mis-json-busy", "gwynedd", ["mis"]);
        var statuses = new List<(HttpStatusCode Status, RetryConditionHeaderValue? RetryAfter, string Body)>();
        for (var i = 0; i < 10; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions:decide")
            {
                Content = new StringContent(Cases.LanguageOfHomeOnlyJson(), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await server.Http.SendAsync(request);
            statuses.Add((response.StatusCode, response.Headers.RetryAfter, await response.Content.ReadAsStringAsync()));
        }

        statuses.Count(s => s.Status == HttpStatusCode.OK).Should().BeGreaterThanOrEqualTo(RateLimitedServer.Burst);
        var refused = statuses.Where(s => s.Status != HttpStatusCode.OK).ToList();
        refused.Should().NotBeEmpty().And.OnlyContain(s => s.Status == HttpStatusCode.TooManyRequests && s.RetryAfter!.Delta >= TimeSpan.FromSeconds(1) && s.Body.Contains("\"code\": 8"));
    }

    [Fact]
    public async Task DecideStream_MoreItemsThanTheBucketHolds_SlowedNotRefused()
    {
        const int items = RateLimitedServer.Burst + 3;
        using var call = server.Client.DecideStream(TestTokens.Bearer(server.Tokens.Mint("mis-bulk", "gwynedd", ["mis"])));
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < items; i++)
        {
            await call.RequestStream.WriteAsync(Cases.LanguageOfHomeOnly($"bulk-{i}"));
        }

        await call.RequestStream.CompleteAsync();
        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();

        responses.Should().HaveCount(items).And.OnlyContain(r => r.Error == null && r.Decisions.Count == 1);
        // The call and the first Burst-1 further items fit the bucket; the other 3 wait about a second each.
        Stopwatch.GetElapsedTime(started).Should().BeGreaterThan(TimeSpan.FromSeconds(1.5));
    }

    /// <summary>Sends <paramref name="count"/> calls at once; null for each that succeeded, the exception for each that did not.</summary>
    private static async Task<List<RpcException?>> SendAsync(int count, Func<Task> call)
    {
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            try
            {
                await call();
                return null;
            }
            catch (RpcException ex)
            {
                return ex;
            }
        });
        return [.. await Task.WhenAll(tasks)];
    }
}

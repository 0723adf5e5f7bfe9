using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Hosting;
using AlnDecisions.Store.Tests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;
using static AlnDecisions.Server.Tests.Recording.Requests;

namespace AlnDecisions.Server.Tests.Recording;

/// <summary>The run's own PostgreSQL for the server's tests; one test at a time, since the outage test stops it.</summary>
[CollectionDefinition(Name)]
public sealed class ServerOnPostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "server on PostgreSQL";
}

/// <summary>The record at scale: the host on PostgreSQL, through an outage, and two hosts sharing one database.</summary>
[Collection(ServerOnPostgresCollection.Name)]
public sealed class PostgresRecordTests(PostgresServer postgres, ITestOutputHelper output)
{
    /// <summary>How long "fast" may take on these shared, busy machines. A refusal that waits for a timeout would take 15 s or more.</summary>
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Decide_PostgresStoppedMidRun_UnavailableFastAndDecidingAgainOnceItIsBack()
    {
        var store = await StoreArgumentsAsync();
        var grpcPort = LoopbackServer.FreePort();
        var httpPort = LoopbackServer.FreePort();
        await using var app = await AlnDecisionsHost.BuildAsync([
            $"--Service:GrpcPort={grpcPort}", $"--Service:HttpPort={httpPort}", $"--RuleSets:Directory={RepositoryPaths.Rules}",
            "--RuleSets:Watch=false", "--Logging:LogLevel:Default=Warning", "--RateLimits:TokenLimit=100000", "--RateLimits:TokensPerPeriod=100000",
            "--DecisionStore:RetryInterval=00:00:00.2", .. store,
        ]);
        await app.StartAsync();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
        var client = new DecisionService.DecisionServiceClient(channel);
        var reference = NewCaseReference("outage");
        var before = await client.DecideAsync(HasAln(reference));
        var restarted = false;

        // Callers keep deciding throughout, so the stop lands with decisions in flight.
        using var stopCallers = new CancellationTokenSource();
        var answered = new System.Collections.Concurrent.ConcurrentDictionary<string, ByteString>();
        var refusals = new System.Collections.Concurrent.ConcurrentBag<(StatusCode Code, TimeSpan Took)>();
        var background = NewCaseReference("outage-load");
        var callers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stopCallers.IsCancellationRequested)
            {
                var took = Stopwatch.StartNew();
                try
                {
                    var response = await client.DecideAsync(HasAln(background), deadline: DateTime.UtcNow.AddSeconds(30));
                    answered[response.DecisionId] = response.ToByteString();
                }
                catch (RpcException e)
                {
                    refusals.Add((e.StatusCode, took.Elapsed));
                    await Task.Delay(20);
                }
            }
        })).ToArray();

        try
        {
            await EventuallyAsync(() => Task.FromResult(answered.Count >= 20), TimeSpan.FromSeconds(30));
            await postgres.StopAsync(immediate: false);

            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                var refused = await RefusedAsync(() => client.DecideAsync(HasAln(reference)).ResponseAsync);
                clock.Elapsed.Should().BeLessThan(Fast, "a decision that cannot be recorded is refused at once, not after a timeout");
                refused.StatusCode.Should().Be(StatusCode.Unavailable);
                refused.Status.Detail.Should().Contain("decision record is unavailable");
            }

            using (var json = await http.PostAsync("/v1/decisions:decide", new StringContent(JsonFormatter.Default.Format(HasAln(reference)), Encoding.UTF8, "application/json")))
            {
                json.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            }

            var streamed = await StreamAsync(client, HasAln(reference), HasAln(reference), HasAln(reference));
            streamed.Should().HaveCount(3).And.OnlyContain(r => r.Error != null && r.Error.Code == (int)StatusCode.Unavailable && r.Decisions.Count == 0,
                "each item is refused on its own and the stream goes on");
            (await RefusedAsync(() => client.GetDecisionAsync(new GetDecisionRequest { DecisionId = before.DecisionId }).ResponseAsync)).StatusCode.Should().Be(StatusCode.Unavailable);
            (await EventuallyAsync(async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(15)))
                .Should().BeTrue("a replica that cannot record is not ready");

            await postgres.StartAsync();
            restarted = true;

            DecisionResponse? after = null;
            (await EventuallyAsync(async () =>
            {
                try
                {
                    after = await client.DecideAsync(HasAln(reference));
                    return true;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(60))).Should().BeTrue("the store recovers by itself once its database is back");

            (await client.GetDecisionAsync(new GetDecisionRequest { DecisionId = after!.DecisionId })).Response.ToByteString().Should().Equal(after.ToByteString());
            (await client.GetDecisionAsync(new GetDecisionRequest { DecisionId = before.DecisionId })).Response.ToByteString().Should().Equal(before.ToByteString());
            (await StreamAsync(client, HasAln(reference))).Should().ContainSingle().Which.Error.Should().BeNull();
            var listed = await client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference });
            listed.Decisions.Should().HaveCount(3, "only what was answered was recorded: before, after and the last stream item");

            await EventuallyAsync(() => Task.FromResult(!refusals.IsEmpty && answered.Count > 40), TimeSpan.FromSeconds(30));
            await stopCallers.CancelAsync();
            await Task.WhenAll(callers);
            refusals.Should().NotBeEmpty().And.OnlyContain(r => r.Code == StatusCode.Unavailable, "a decision that could not be recorded is UNAVAILABLE, never an answer and never another fault");
            refusals.Max(r => r.Took).Should().BeLessThan(Fast);
            foreach (var (decisionId, response) in answered)
            {
                (await client.GetDecisionAsync(new GetDecisionRequest { DecisionId = decisionId })).Response.ToByteString().Should().Equal(response,
                    "every decision answered while the database stopped and started again is in the record");
            }

            output.WriteLine($"outage under load: {answered.Count} answered (all found in the record), {refusals.Count} refused UNAVAILABLE, slowest refusal {refusals.Max(r => r.Took).TotalMilliseconds:0} ms");
        }
        finally
        {
            await stopCallers.CancelAsync();
            await Task.WhenAll(callers);
            if (!restarted)
            {
                await postgres.StartAsync();
            }

            await app.StopAsync();
        }
    }

    [Fact]
    public async Task TwoHostProcessesOnOnePostgres_DecisionMadeThroughOneIsReadableAndRecordableThroughTheOther()
    {
        var store = await StoreArgumentsAsync();
        var work = Path.Combine(Path.GetTempPath(), "aln-two-hosts-" + Guid.NewGuid().ToString("N"));
        ChildHost? a = null;
        ChildHost? b = null;
        try
        {
            // Started together: both migrate the same empty database at once.
            var startingA = ChildHost.StartAsync(Path.Combine(work, "a"), store);
            var startingB = ChildHost.StartAsync(Path.Combine(work, "b"), store);
            try
            {
                await Task.WhenAll(startingA, startingB);
            }
            finally
            {
                a = startingA.IsCompletedSuccessfully ? await startingA : null;
                b = startingB.IsCompletedSuccessfully ? await startingB : null;
            }

            var reference = NewCaseReference("two-hosts");

            var full = await a!.Client.DecideAsync(HasAln(reference));
            var basic = await a.Client.DecideAsync(HasAlnAndIdp(reference).Apply(r => r.View = DecisionView.Types.Value.Basic));
            var readThroughB = await b!.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = full.DecisionId });
            var basicThroughB = await b.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = basic.DecisionId });
            var recordedThroughB = await b.Client.RecordOutcomeAsync(Overrides(full.DecisionId, new HumanReason { Text = "The panel finds the provision is universal.", Language = Language.Types.Value.English }));
            var readBackThroughA = await a.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = full.DecisionId });
            var madeThroughB = await b.Client.DecideAsync(HasAln(reference));
            var listedThroughA = await a.Client.ListDecisionsAsync(new ListDecisionsRequest { CaseReference = reference });

            readThroughB.Response.ToByteString().Should().Equal(full.ToByteString());
            AsBasic(basicThroughB.Response).ToByteString().Should().Equal(basic.ToByteString());
            readBackThroughA.HumanDecisions.Should().ContainSingle().Which.Should().Be(recordedThroughB);
            listedThroughA.Decisions.Select(d => d.Response.DecisionId).Should().BeEquivalentTo([full.DecisionId, basic.DecisionId, madeThroughB.DecisionId]);
            output.WriteLine($"two host processes on one PostgreSQL: ports {a.GrpcPort} and {b.GrpcPort}, {listedThroughA.Decisions.Count} decisions of one case seen through either");
        }
        finally
        {
            if (a is not null)
            {
                await a.DisposeAsync();
            }

            if (b is not null)
            {
                await b.DisposeAsync();
            }

            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>A database of its own on the run's PostgreSQL, and the key every host sharing it must have.</summary>
    private async Task<string[]> StoreArgumentsAsync()
    {
        var connection = await postgres.CreateDatabaseAsync();
        return
        [
            "--DecisionStore:Backend=PostgreSql",
            $"--DecisionStore:PostgreSqlConnectionString={connection}",
            "--DecisionStore:Encryption:ActiveKeyId=test-2026",
            $"--DecisionStore:Encryption:Keys:test-2026={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
        ];
    }

    private static async Task<List<DecisionResponse>> StreamAsync(DecisionService.DecisionServiceClient client, params DecisionRequest[] requests)
    {
        using var call = client.DecideStream(deadline: DateTime.UtcNow.AddSeconds(30));
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        return await call.ResponseStream.ReadAllAsync().ToListAsync();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> probe, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (await probe())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}

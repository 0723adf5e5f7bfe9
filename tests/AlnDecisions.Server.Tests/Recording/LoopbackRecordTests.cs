using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Hosting;
using AlnDecisions.Server.Security;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using static AlnDecisions.Server.Tests.Recording.Requests;

namespace AlnDecisions.Server.Tests.Recording;

/// <summary>The record with authentication off (loopback only): the request's own authority is the calling authority.</summary>
[Collection(LoopbackServerCollection.Name)]
public sealed class LoopbackRecordTests(LoopbackServer server)
{
    [Fact]
    public async Task Decide_Unauthenticated_RecordsTheRequestsAuthorityInTheHostsDataDirectory()
    {
        var answered = await server.Client.DecideAsync(HasAln(NewCaseReference("loopback"), "ceredigion"));

        var recorded = await server.Client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId });

        recorded.Authority.Should().Be("ceredigion");
        recorded.Response.ToByteString().Should().Equal(answered.ToByteString());
        File.Exists(Path.Combine(server.DataDirectory, "decisions.db")).Should().BeTrue("the embedded default is an SQLite file in the data directory, created on first start");
    }
}

/// <summary>How the host starts, or refuses to, with the record configured one way or another.</summary>
public sealed class RecordStartupTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aln-record-startup-" + Guid.NewGuid().ToString("N"));
    private readonly int _grpcPort = LoopbackServer.FreePort();

    [Fact]
    public async Task BuildAsync_RecordingOffOnANonLoopbackAddress_RefusesToStart()
    {
        using var tokens = new TestTokens();

        var act = () => AlnDecisionsHost.BuildAsync([.. tokens.HostArguments(), "--Service:BindAddress=0.0.0.0", "--DecisionRecord:Enabled=false", .. Common()]);

        (await act.Should().ThrowAsync<RefusedToStartException>()).Which.Message.Should().Contain("DecisionRecord:Enabled").And.Contain("not loopback");
    }

    [Fact]
    public async Task BuildAsync_PostgreSqlWithoutConnectionStringOrKeys_RefusesNamingEachSetting()
    {
        var act = () => AlnDecisionsHost.BuildAsync(["--DecisionStore:Backend=PostgreSql", .. Common()]);

        (await act.Should().ThrowAsync<RefusedToStartException>()).Which.Message
            .Should().Contain("DecisionStore:PostgreSqlConnectionString").And.Contain("DecisionStore:Encryption:Keys");
    }

    [Fact]
    public async Task Decide_RecordingOff_AnswersWithoutARecordAndTheRecordCallsSaySo()
    {
        await using var app = await AlnDecisionsHost.BuildAsync(["--DecisionRecord:Enabled=false", .. Common()]);
        await app.StartAsync();
        try
        {
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_grpcPort}");
            var client = new DecisionService.DecisionServiceClient(channel);

            var answered = await client.DecideAsync(HasAln(NewCaseReference("off"), view: DecisionView.Types.Value.Basic));
            var error = await RefusedAsync(() => client.GetDecisionAsync(new GetDecisionRequest { DecisionId = answered.DecisionId }).ResponseAsync);

            answered.Decisions.Should().ContainSingle().Which.Explanation.Reasons.Should().BeEmpty();
            error.StatusCode.Should().Be(StatusCode.FailedPrecondition);
            Directory.Exists(_data).Should().BeFalse("nothing is written when nothing is recorded");
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task StopAsync_WhileDeciding_EveryAnsweredDecisionIsRecordedBeforeTheStoreCloses()
    {
        // The store is disposed with the container, after Kestrel has stopped and drained its calls.
        var answered = new System.Collections.Concurrent.ConcurrentDictionary<string, ByteString>();
        var app = await AlnDecisionsHost.BuildAsync([.. Common(), "--RateLimits:TokenLimit=100000", "--RateLimits:TokensPerPeriod=100000"]);
        await app.StartAsync();
        using (var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{_grpcPort}"))
        {
            var client = new DecisionService.DecisionServiceClient(channel);
            var reference = NewCaseReference("graceful");
            using var stopping = new CancellationTokenSource();
            var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                while (!stopping.IsCancellationRequested)
                {
                    try
                    {
                        var response = await client.DecideAsync(HasAln(reference), deadline: DateTime.UtcNow.AddSeconds(30));
                        answered[response.DecisionId] = response.ToByteString();
                    }
                    catch (RpcException)
                    {
                        return;
                    }
                }
            })).ToArray();
            while (answered.Count < 100)
            {
                await Task.Delay(10);
            }

            await app.StopAsync();
            await app.DisposeAsync();
            await stopping.CancelAsync();
            await Task.WhenAll(callers);
        }

        await using var reopened = await AlnDecisionsHost.BuildAsync(Common());
        await reopened.StartAsync();
        using var again = GrpcChannel.ForAddress($"http://127.0.0.1:{_grpcPort}");
        var reader = new DecisionService.DecisionServiceClient(again);
        foreach (var (decisionId, response) in answered)
        {
            (await reader.GetDecisionAsync(new GetDecisionRequest { DecisionId = decisionId })).Response.ToByteString().Should().Equal(response);
        }

        await reopened.StopAsync();
    }

    [Fact]
    public async Task Program_DatabaseUnreachableAtStart_ExitsWith69SayingWhyWithoutAStackTrace()
    {
        var closedPort = LoopbackServer.FreePort();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        string[] arguments =
        [
            ChildHost.ServerAssembly, .. Common(), "--DecisionStore:Backend=PostgreSql",
            $"--DecisionStore:PostgreSqlConnectionString=Host=127.0.0.1;Port={closedPort};Username=nobody;Database=nowhere;Timeout=5",
            "--DecisionStore:Encryption:ActiveKeyId=k", $"--DecisionStore:Encryption:Keys:k={Convert.ToBase64String(new byte[32])}",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(69, await stderr + await stdout);
        (await stderr).Should().Contain("the decision record cannot be opened").And.NotContain("   at ");
        (await stdout).Should().NotContain("Now listening");
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private string[] Common() =>
    [
        $"--Service:GrpcPort={_grpcPort}", $"--Service:HttpPort={LoopbackServer.FreePort()}", $"--RuleSets:Directory={RepositoryPaths.Rules}",
        "--RuleSets:Watch=false", "--Logging:LogLevel:Default=Warning", $"--DecisionStore:DataDirectory={_data}",
    ];
}

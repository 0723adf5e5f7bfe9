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

using System.Net;
using System.Text.Json;
using AlnDecisions.Server.Hosting;
using Grpc.Health.V1;
using Grpc.Net.Client;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace AlnDecisions.Server.Tests;

[Collection(LoopbackServerCollection.Name)]
public sealed class HealthTests(LoopbackServer server)
{
    [Theory]
    [InlineData("")]
    [InlineData("aln.decisions.v1.DecisionService")]
    [InlineData(HealthTags.ReadinessService)]
    [InlineData(HealthTags.LivenessService)]
    public async Task Check_EveryServiceName_Serving(string service)
    {
        var response = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest { Service = service });

        response.Status.Should().Be(ServingStatus.Serving);
    }

    [Theory]
    [InlineData("/health/ready", "decision-record", "rule-sets")]
    [InlineData("/health/live", "process")]
    public async Task HttpHealth_Loaded_HealthyWithOnlyItsOwnChecks(string path, params string[] checks)
    {
        using var response = await server.Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("Healthy");
        json.RootElement.GetProperty("checks").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).Should().Equal(checks);
    }

    [Fact]
    public async Task Readiness_RuleFileEditRejected_DegradedOverHttpAndStillServingOverGrpc()
    {
        // A file no other test in this collection edits, so the watcher's reloads never interleave.
        var file = Path.Combine(server.RulesDirectory, "authorities", "torfaen", "idp-responsibility.json");
        var original = await File.ReadAllTextAsync(file);
        try
        {
            await File.WriteAllTextAsync(file, original.Replace("\"$schema\":", "\"Typo\": 1, \"$schema\":", StringComparison.Ordinal));

            var ready = await Eventually.ValueAsync(async () =>
            {
                using var response = await server.Http.GetAsync("/health/ready");
                var body = await response.Content.ReadAsStringAsync();
                return Overall(body) == "Degraded" ? new Readiness(response.StatusCode, body) : null;
            }, "a degraded readiness report");

            ready.Status.Should().Be(HttpStatusCode.OK, "a degraded service still answers from its last good rule sets");
            ready.Body.Should().Contain("see ListRuleSets");
            var grpc = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest { Service = "aln.decisions.v1.DecisionService" });
            grpc.Status.Should().Be(ServingStatus.Serving);
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
            await Eventually.ValueAsync(async () =>
            {
                using var response = await server.Http.GetAsync("/health/ready");
                var body = await response.Content.ReadAsStringAsync();
                return Overall(body) == "Healthy" ? new Readiness(response.StatusCode, body) : null;
            }, "a healthy readiness report after the restore");
        }
    }

    [Fact]
    public async Task Readiness_NoRuleSetServing_NotServingWhileLivenessServes()
    {
        var emptyRules = Directory.CreateTempSubdirectory("aln-empty-rules-").FullName;
        var data = Directory.CreateTempSubdirectory("aln-empty-rules-data-").FullName;
        var grpcPort = LoopbackServer.FreePort();
        var httpPort = LoopbackServer.FreePort();
        await using var app = await AlnDecisionsHost.BuildAsync([
            $"--Service:GrpcPort={grpcPort}", $"--Service:HttpPort={httpPort}", $"--RuleSets:Directory={emptyRules}",
            $"--DecisionStore:DataDirectory={data}",
            "--RuleSets:Watch=false", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        try
        {
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
            var health = new Health.HealthClient(channel);

            (await health.CheckAsync(new HealthCheckRequest { Service = HealthTags.LivenessService })).Status.Should().Be(ServingStatus.Serving);
            (await health.CheckAsync(new HealthCheckRequest { Service = HealthTags.ReadinessService })).Status.Should().Be(ServingStatus.NotServing);
            (await health.CheckAsync(new HealthCheckRequest { Service = "aln.decisions.v1.DecisionService" })).Status.Should().Be(ServingStatus.NotServing);
            (await health.CheckAsync(new HealthCheckRequest())).Status.Should().Be(ServingStatus.NotServing);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
            (await http.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await http.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(emptyRules, recursive: true);
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The report's overall status: each check has a status of its own, so a substring would match any of them.</summary>
    private static string? Overall(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("status").GetString();
    }

    private sealed record Readiness(HttpStatusCode Status, string Body);
}

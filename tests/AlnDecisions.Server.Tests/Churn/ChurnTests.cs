using System.Collections.Concurrent;
using System.Diagnostics;
using AlnDecisions.Contract.V1;
using Grpc.Core;

namespace AlnDecisions.Server.Tests.Churn;

/// <summary>
/// The short, bounded form of scripts/load-with-rule-churn.sh: the real host as its own process,
/// decided against continuously while its rules are edited, broken and restored; and two hosts on
/// one rules directory. Every call must succeed, and every decision must be stamped with a version
/// that was valid, never the broken one.
/// </summary>
[Collection(ChurnCollection.Name)]
public sealed class ChurnTests : IAsyncLifetime
{
    private readonly string _rules = Path.Combine(Path.GetTempPath(), "aln-churn-" + Guid.NewGuid().ToString("N"));
    private readonly string _hosts = Path.Combine(Path.GetTempPath(), "aln-churn-hosts-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync()
    {
        LoopbackServer.CopyDirectory(RepositoryPaths.Rules, _rules);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_rules, recursive: true);
        if (Directory.Exists(_hosts))
        {
            Directory.Delete(_hosts, recursive: true);
        }

        return Task.CompletedTask;
    }

    // Each host in a directory of its own (its decision record is there), all watching one rules directory.
    private Task<ChildHost> StartWatchingAsync(string name) => ChildHost.StartAsync(
        Path.Combine(_hosts, name),
        [$"--RuleSets:Directory={_rules}", "--RuleSets:Watch=true", "--RuleSets:DebounceMilliseconds=100"]);

    [Fact]
    public async Task Decide_WhileRulesAreEditedBrokenAndRestored_NoCallFailsAndNoBrokenVersionServes()
    {
        await using var host = await StartWatchingAsync("host");
        var churn = new RuleChurn(_rules);
        var stamps = new ConcurrentBag<(string Version, string Sha)>();
        var failures = new ConcurrentBag<string>();
        var sent = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(8));

        var deciders = Enumerable.Range(0, 3).Select(i => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref sent);
                try
                {
                    var response = await host.Client.DecideAsync(Cases.LanguageOfHomeOnly($"churn-{i}"), deadline: DateTime.UtcNow.AddSeconds(10));
                    var stamp = response.Decisions.Single().RuleSets.Single(r => r.Id == RuleChurn.RuleSetId);
                    stamps.Add((stamp.Version, stamp.Sha256));
                }
                catch (RpcException error)
                {
                    failures.Add($"{error.StatusCode}: {error.Status.Detail}");
                }
            }
        })).ToArray();

        // Every 600 ms: a good edit, a broken edit, the original; bounded by the same 8 seconds.
        var cycles = 0;
        while (!stop.IsCancellationRequested)
        {
            churn.GoodEdit();
            await Task.Delay(600);
            churn.BrokenEdit();
            await Task.Delay(600);
            churn.Restore();
            await Task.Delay(600);
            cycles++;
        }

        await Task.WhenAll(deciders);

        failures.Should().BeEmpty($"no call fails while the rules change ({sent} sent); host output: {host.Output}");
        stamps.Count.Should().Be(sent).And.BeGreaterThan(50);
        stamps.Should().OnlyContain(s => churn.Valid.ContainsKey(s.Sha) && !s.Version.StartsWith(RuleChurn.BrokenVersion, StringComparison.Ordinal),
            "every decision is stamped with a version that was valid");
        stamps.Select(s => s.Sha).Distinct().Count().Should().BeGreaterThan(1, $"the good edits reached the host ({cycles} cycles)");
    }

    [Fact]
    public async Task TwoHosts_SameRulesDirectory_EditReachesBothAndAlternatingClientNeverSeesRejectedEdit()
    {
        await using var first = await StartWatchingAsync("first");
        await using var second = await StartWatchingAsync("second");
        var hosts = new[] { first, second };
        var churn = new RuleChurn(_rules);

        var edited = churn.GoodEdit();
        foreach (var host in hosts)
        {
            await EventuallyAsync(async () => (await host.RuleSetAsync(RuleChurn.RuleSetId)).Sha256 == edited, "the good edit reaches both hosts");
        }

        churn.BrokenEdit();
        var seen = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed < TimeSpan.FromSeconds(4); i++)
        {
            var response = await hosts[i % 2].Client.DecideAsync(Cases.LanguageOfHomeOnly($"alternating-{i}"), deadline: DateTime.UtcNow.AddSeconds(10));
            seen.Add(response.Decisions.Single().RuleSets.Single(r => r.Id == RuleChurn.RuleSetId).Sha256);
        }

        seen.Should().HaveCountGreaterThan(10).And.OnlyContain(sha => sha == edited, "the rejected edit is never served by either host");
        foreach (var host in hosts)
        {
            await EventuallyAsync(async () => (await host.RuleSetAsync(RuleChurn.RuleSetId)).LoadState == "SERVING_PREVIOUS", "both hosts show the rejected edit");
        }

        churn.Restore();
        foreach (var host in hosts)
        {
            await EventuallyAsync(async () => await host.RuleSetAsync(RuleChurn.RuleSetId) is { LoadState: "SERVING" } info && info.Sha256 == churn.OriginalSha, "the restored file serves on both hosts");
        }
    }

    private static async Task EventuallyAsync(Func<Task<bool>> probe, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await probe())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"not within 30 s: {what}");
            }

            await Task.Delay(100);
        }
    }
}

/// <summary>Runs alone, after the parallel tests: its host processes and request loops need the cores to themselves for a fair 8 s.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChurnCollection
{
    public const string Name = "rule churn";
}

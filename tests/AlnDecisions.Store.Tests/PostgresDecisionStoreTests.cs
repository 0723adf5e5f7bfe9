using System.Diagnostics;
using AlnDecisions.Store.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AlnDecisions.Store.Tests;

/// <summary>The store contract on a real PostgreSQL server, plus the shapes only it has: several hosts on one database, and the server going away.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDecisionStoreTests(PostgresServer server, ITestOutputHelper output)
    : DecisionStoreContract(new PostgresTarget(server), output)
{
    [Fact]
    public async Task AppendAsync_PostgresStoppedMidRun_FailsFastWithTheTypedExceptionThenRecovers()
    {
        var options = await Target.NewDatabaseAsync();
        options.RetryInterval = TimeSpan.FromMilliseconds(250);
        var clock = TimeProvider.System;
        var store = Track(new DecisionStore(options, clock));
        var before = Enumerable.Range(0, 20).Select(_ => Decisions.Record()).ToList();
        await Task.WhenAll(before.Select(r => store.AppendAsync(r)));

        // A crash, not a shutdown: no checkpoint, recovery from the WAL on the next start.
        await server.StopAsync(immediate: true);
        var failures = new List<TimeSpan>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                var started = clock.GetTimestamp();
                var failure = await Assert.ThrowsAsync<DecisionStoreUnavailableException>(() => store.AppendAsync(Decisions.Record()));
                failures.Add(clock.GetElapsedTime(started));
                failure.Reason.Should().Be(StoreUnavailableReason.DatabaseUnavailable);
            }

            var read = await Assert.ThrowsAsync<DecisionStoreUnavailableException>(() => store.GetAsync(before[0].DecisionId));
            read.Reason.Should().Be(StoreUnavailableReason.DatabaseUnavailable);
        }
        finally
        {
            await server.StartAsync();
        }

        var after = Decisions.Record();
        var watch = Stopwatch.StartNew();
        await SqliteDecisionStoreTests.Eventually(() => store.AppendAsync(after));
        Output.WriteLine($"while down, appends failed in at most {failures.Max().TotalMilliseconds:F0} ms; after the restart the first append succeeded within {watch.ElapsedMilliseconds} ms");

        failures.Should().OnlyContain(f => f < TimeSpan.FromSeconds(2));
        (await store.GetAsync(after.DecisionId)).Should().NotBeNull();
        foreach (var record in before)
        {
            (await store.GetAsync(record.DecisionId)).Should().NotBeNull("an acknowledged append survives a crash of the server");
        }
    }
}

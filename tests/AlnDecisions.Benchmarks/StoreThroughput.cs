using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Store;
using AlnDecisions.Store.Configuration;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// Appends per second through the decision store with group commit, for 1, 16 and 64 concurrent
/// writers, each awaiting its own append before the next (as a server request does). Closed-loop,
/// timed over a fixed window after a warm-up: BenchmarkDotNet's per-operation model does not fit a
/// throughput that depends on how many callers share a commit.
/// </summary>
internal static class StoreThroughput
{
    /// <summary><c>store sqlite DIR</c> or <c>store postgres CONNECTION-STRING</c>, then optionally <c>--seconds N</c> and <c>--writers 1,16,64</c>.</summary>
    public static async Task RunAsync(string[] args)
    {
        if (args.Length < 2 || args[0] is not ("sqlite" or "postgres"))
        {
            Console.Error.WriteLine("usage: store sqlite <data-directory> | store postgres <connection-string> [--seconds N] [--writers 1,16,64]");
            Environment.ExitCode = 2;
            return;
        }

        var seconds = Option(args, "--seconds", 5);
        var writers = (OptionText(args, "--writers") ?? "1,16,64").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        var request = RandomNumberGenerator.GetBytes(1024);
        var response = RandomNumberGenerator.GetBytes(6 * 1024);
        Console.WriteLine($"{args[0]}: request {request.Length} B, response {response.Length} B, {seconds} s per run after a 1 s warm-up");
        foreach (var count in writers)
        {
            var options = new DecisionStoreOptions
            {
                Encryption = { ActiveKeyId = "bench", Keys = { ["bench"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) } },
            };
            if (args[0] == "sqlite")
            {
                options.Backend = DecisionStoreBackend.Sqlite;
                options.DataDirectory = Path.Combine(args[1], $"writers-{count}-{Guid.NewGuid():N}");
            }
            else
            {
                options.Backend = DecisionStoreBackend.PostgreSql;
                options.PostgreSqlConnectionString = args[1];
            }

            await using var store = new DecisionStore(options, TimeProvider.System);
            await store.StartAsync();
            await RunWritersAsync(store, count, TimeSpan.FromSeconds(1), request, response);
            var before = store.Statistics;
            var watch = Stopwatch.StartNew();
            var appends = await RunWritersAsync(store, count, TimeSpan.FromSeconds(seconds), request, response);
            watch.Stop();
            var after = store.Statistics;
            var transactions = after.Transactions - before.Transactions;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {count,3} writers: {appends / watch.Elapsed.TotalSeconds,9:F0} appends/s, {transactions / watch.Elapsed.TotalSeconds,7:F0} commits/s, mean batch {(double)appends / Math.Max(1, transactions),5:F1}"));
        }
    }

    private static async Task<long> RunWritersAsync(DecisionStore store, int writers, TimeSpan duration, byte[] request, byte[] response)
    {
        long appends = 0;
        var ids = new DecisionIdGenerator(TimeProvider.System);
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var authority = "writer-" + w.ToString(CultureInfo.InvariantCulture);
            while (Stopwatch.GetTimestamp() < until)
            {
                var record = new DecisionRecord(ids.Next(), "bench-" + Guid.NewGuid().ToString("N")[..12], authority, new DateOnly(2025, 10, 1),
                    [new KindOutcome("ALN_DETERMINATION", "HAS_ALN"), new KindOutcome("IDP_RESPONSIBILITY", "SCHOOL")],
                    [new RuleSetStamp("national-aln-determination", "2025.1", new string('a', 64))], request, response);
                await store.AppendAsync(record);
                Interlocked.Increment(ref appends);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        return appends;
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

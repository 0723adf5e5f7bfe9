using System.Diagnostics;
using AlnDecisions.Benchmarks;
using AlnDecisions.Rules.Catalog;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/AlnDecisions.Benchmarks -- load` times start-up and reload
// (one-off costs BenchmarkDotNet's many-iteration model does not suit); anything else goes to
// BenchmarkDotNet, e.g. `-- --filter '*'`.
// `-- store sqlite DIR` or `-- store postgres CONNECTION` measures decision-store appends per
// second with 1, 16 and 64 writers; scripts/bench-store.sh runs both against throwaway databases.
if (args.FirstOrDefault() == "store")
{
    await StoreThroughput.RunAsync(args[1..]);
    return;
}

if (args.FirstOrDefault() == "load")
{
    var rules = Path.Combine(DecideBenchmarks.RepositoryRoot, "rules");
    var watch = Stopwatch.StartNew();
    using var registry = await RuleSetRegistry.LoadAsync(rules);
    var startup = watch.Elapsed;
    var reloads = new List<double>();
    for (var i = 0; i < 10; i++)
    {
        watch.Restart();
        await registry.ReloadAsync();
        reloads.Add(watch.Elapsed.TotalMilliseconds);
    }

    reloads.Sort();
    Console.WriteLine($"rule sets: {registry.Current.RuleSets.Count}; cold load (parse + validate + compile): {startup.TotalMilliseconds:F0} ms; reload median of 10: {reloads[5]:F1} ms (min {reloads[0]:F1}, max {reloads[^1]:F1})");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DecideBenchmarks).Assembly).Run(args);

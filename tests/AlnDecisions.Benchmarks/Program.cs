using AlnDecisions.Benchmarks;
using BenchmarkDotNet.Running;

// `-- bounds` times validate, reload and Decide at the limits a rule file may reach; `-- ratio` prints the engine-to-raw-RulesEngine ratios in under a minute; `-- load` times cold
// load and reload of the rules (one-off costs BenchmarkDotNet's many-iteration model does not
// suit); `-- store sqlite DIR` or `-- store postgres CONNECTION` measures decision-store appends
// per second with 1, 16 and 64 writers (scripts/bench-store.sh runs both against throwaway
// databases); `-- frames DIR` writes the gRPC bodies scripts/bench-wire.sh sends; anything else goes to BenchmarkDotNet, e.g. `-- --filter '*' --job short`.
switch (args.FirstOrDefault())
{
    case "ratio":
        return await RatioCommand.RunAsync(Console.Out);
    case "load":
        return await LoadCommand.RunAsync(Console.Out);
    case "bounds":
        return await BoundsCommand.RunAsync(Console.Out);
    case "frames":
        return await GrpcFrames.RunAsync(args[1]);
    case "store":
        await StoreThroughput.RunAsync(args[1..]);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(DecideBenchmarks).Assembly).Run(args);
        return 0;
}

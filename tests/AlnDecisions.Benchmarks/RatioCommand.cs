using System.Diagnostics;
using System.Globalization;

namespace AlnDecisions.Benchmarks;

/// <summary>
/// <c>-- ratio</c>: a short, honest version of the BenchmarkDotNet run. Each case is timed against
/// raw RulesEngine on the same workflows and facts in interleaved rounds (engine, raw, raw,
/// engine, ...) so a noisy neighbour slows both sides alike; the ratio is the median of the
/// rounds' ratios. Prints <c>ratio &lt;case&gt; &lt;x&gt;</c> per case and <c>max ratio &lt;x&gt;</c> last.
/// </summary>
internal static class RatioCommand
{
    private const int Rounds = 21;
    private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(50);

    // Long enough for tiered compilation to promote both sides' hot methods before anything is timed.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(TextWriter output)
    {
        var started = Stopwatch.StartNew();
        var pipeline = await BenchmarkCases.PipelineAsync();
        var known = await BenchmarkCase.CreateAsync("aln-known", pipeline, BenchmarkCases.AlnKnown);
        var unknowns = await BenchmarkCase.CreateAsync("aln-unknowns", pipeline, BenchmarkCases.AlnUnknowns);
        var crossBorder = await BenchmarkCase.CreateAsync("cross-border-every-kind", pipeline, BenchmarkCases.CrossBorder);

        var cases = new (string Name, Action Engine, BenchmarkCase Raw)[]
        {
            ("aln-known-full", () => known.Engine.Decide(known.Case), known),
            ("aln-known-basic", () => known.Engine.Decide(known.Case, explainEveryRule: false), known),
            ("aln-unknown-facts-full", () => unknowns.Engine.Decide(unknowns.Case), unknowns),
            ("cross-border-every-kind-full", () => crossBorder.Engine.Decide(crossBorder.Case), crossBorder),
        };

        var max = 0.0;
        foreach (var (name, engine, rawCase) in cases)
        {
            void Raw()
            {
                // ExecuteAllRulesAsync completes synchronously; waiting through a Task would charge raw for our wrapper.
                var run = rawCase.Raw.RunAsync();
                _ = run.IsCompletedSuccessfully ? run.Result : run.AsTask().GetAwaiter().GetResult();
            }

            Calibrate(engine, WarmUp);
            Calibrate(Raw, WarmUp);
            var iterations = Calibrate(Raw, Batch);

            var ratios = new List<double>();
            var engineTimes = new List<double>();
            var rawTimes = new List<double>();
            for (var round = 0; round < Rounds; round++)
            {
                // Alternate which side goes first, so neither always runs on a warmer cache.
                double e, r;
                if (round % 2 == 0)
                {
                    e = Measure(engine, iterations);
                    r = Measure(Raw, iterations);
                }
                else
                {
                    r = Measure(Raw, iterations);
                    e = Measure(engine, iterations);
                }

                ratios.Add(e / r);
                engineTimes.Add(e);
                rawTimes.Add(r);
            }

            var ratio = Median(ratios);
            max = Math.Max(max, ratio);
            var engineBytes = Allocated(engine, iterations);
            var rawBytes = Allocated(Raw, iterations);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"ratio {name} {ratio:F2}    (engine {Median(engineTimes) / 1000:F1} µs, {engineBytes / 1024.0:F1} KB; raw RulesEngine {Median(rawTimes) / 1000:F1} µs, {rawBytes / 1024.0:F1} KB, {rawCase.Raw.WorkflowCount} workflow(s); allocation ratio {engineBytes / rawBytes:F2})"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"max ratio {max:F2}"));
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"({started.Elapsed.TotalSeconds:F0} s)"));
        return 0;
    }

    /// <summary>How many operations fill <paramref name="time"/>.</summary>
    private static int Calibrate(Action operation, TimeSpan time)
    {
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < time)
        {
            operation();
            count++;
        }

        return Math.Max(count, 50);
    }

    /// <summary>Nanoseconds per operation over <paramref name="iterations"/> operations.</summary>
    private static double Measure(Action operation, int iterations)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            operation();
        }

        return watch.Elapsed.TotalNanoseconds / iterations;
    }

    private static double Allocated(Action operation, int iterations)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            operation();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}

using System.Diagnostics;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>
/// Re-decides recorded requests against candidate rules and tallies what would change. A request
/// with a recorded response is compared with it; one without is answered by the current rules too.
/// Cases no changed rule set can reach (<see cref="ChangeImpact"/>) are counted, not decided. Cases
/// are decided in parallel, one worker per core; the pipeline is safe to share.
/// </summary>
internal sealed class Replayer(DecisionPipeline current, DecisionPipeline candidate, ChangeImpact impact, int examples)
{
    private const string Refused = "(refused)";

    /// <summary>Replays every recorded request; returns the tally, the wall-clock seconds and the CPU seconds the process used meanwhile (on a shared machine the second says more).</summary>
    public async Task<(ReplayTally Tally, double Seconds, double CpuSeconds)> RunAsync(IRecordedDecisions source, DateOnly? since, Progress progress, CancellationToken cancellationToken)
    {
        var tally = new ReplayTally(examples);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(source.ReadSinceAsync(since, cancellationToken), options, async (recorded, ct) =>
        {
            if (!impact.MayChange(recorded.Request))
            {
                tally.AddUnaffected(recorded.Request.Authority, recorded.Request.Kinds);
                progress.Advance();
                return;
            }

            var before = recorded.Recorded?.Decisions ?? await DecisionsAsync(current, recorded.Request, ct);
            var after = await DecisionsAsync(candidate, recorded.Request, ct);
            var differences = DecisionDifferences.Between(before, after).ToArray();
            tally.Add(recorded.Request.Authority, recorded.Request.CaseReference, after, differences);
            progress.Advance();
        });
        return (tally, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    // A refused request is an answer too: a candidate that starts refusing cases is a change.
    private static async Task<IReadOnlyList<Decision>> DecisionsAsync(DecisionPipeline pipeline, DecisionRequest request, CancellationToken cancellationToken)
    {
        var result = await pipeline.DecideAsync(request, cancellationToken);
        return result.Response?.Decisions
            ?? [.. request.Kinds.DefaultIfEmpty(DecisionKind.Types.Value.DecisionKindUnspecified).Select(kind => new Decision { Kind = kind, Outcome = Refused })];
    }
}

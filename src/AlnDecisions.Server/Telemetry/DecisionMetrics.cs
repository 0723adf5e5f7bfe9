using System.Diagnostics;
using System.Diagnostics.Metrics;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Server.Telemetry;

/// <summary>
/// The service's own metrics and spans. Every tag is a closed value (decision kind, outcome,
/// authority code, rpc, reason) or a server-made id: no case reference, no fact and no caller
/// text is ever a tag, so exporting telemetry exports no case data.
/// </summary>
public sealed class DecisionMetrics
{
    /// <summary>The meter and the activity source of the service.</summary>
    public const string Name = "AlnDecisions.Server";

    /// <summary>Spans of the service's own work inside a request.</summary>
    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _decisions;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _faults;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _rejectedEdits;
    private readonly Histogram<double> _recording;
    private readonly Meter _meter;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public DecisionMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _decisions = _meter.CreateCounter<long>("aln.decisions", "{decision}", "Decisions made, by kind, outcome and authority");
        _duration = _meter.CreateHistogram<double>("aln.decision.duration", "s", "Time to check and decide one request (one stream item counts as one)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        _refused = _meter.CreateCounter<long>("aln.requests.refused", "{request}", "Calls or stream items refused, by reason");
        _faults = _meter.CreateCounter<long>("aln.requests.faults", "{request}", "Calls that failed inside the service (INTERNAL)");
        _reloads = _meter.CreateCounter<long>("aln.rulesets.reloads", "{reload}", "Reloads of the rules directory, by whether any file was rejected");
        _rejectedEdits = _meter.CreateCounter<long>("aln.rulesets.rejected_edits", "{file}", "Rule-set or calendar files whose new content a reload rejected");
        _recording = _meter.CreateHistogram<double>("aln.record.duration", "s", "Time from handing a decision to the record to its commit (or refusal), by result",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
    }

    /// <summary>
    /// Decides <paramref name="request"/> through <paramref name="pipeline"/>, timing it and counting
    /// the decisions it returns; <paramref name="forRecord"/> decides in FULL for the decision record
    /// (<see cref="DecisionPipeline.DecideForRecordAsync"/>).
    /// </summary>
    public async ValueTask<DecideResult> DecideAsync(DecisionPipeline pipeline, DecisionRequest request, string rpc, bool forRecord, CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity("aln.decide");
        var started = Stopwatch.GetTimestamp();
        var result = forRecord ? await pipeline.DecideForRecordAsync(request, cancellationToken) : await pipeline.DecideAsync(request, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (!result.IsValid)
        {
            _duration.Record(elapsed, new("rpc", rpc), new("result", "invalid_argument"));
            activity?.SetTag("aln.result", "invalid_argument");
            return result;
        }

        // The authority passed validation, so it is one of the 22 codes: a closed tag value.
        var authority = request.Authority.Trim().ToLowerInvariant();
        var response = result.Response!;
        _duration.Record(elapsed, new("rpc", rpc), new("result", "decided"));
        foreach (var decision in response.Decisions)
        {
            _decisions.Add(1, new("kind", KindName(decision.Kind)), new("outcome", decision.Outcome), new("authority", authority));
        }

        activity?.SetTag("aln.result", "decided");
        activity?.SetTag("aln.authority", authority);
        activity?.SetTag("aln.decision_id", response.DecisionId);
        activity?.SetTag("aln.decisions", response.Decisions.Count);
        return result;
    }

    /// <summary>The kind as the contract spells it (<c>ALN_DETERMINATION</c>), so dashboards and requests use one name.</summary>
    private static string KindName(DecisionKind.Types.Value kind) =>
        DecisionKind.Descriptor.EnumTypes[0].FindValueByNumber((int)kind)?.Name ?? kind.ToString();

    /// <summary>Times one append to the decision record: <paramref name="result"/> is <c>recorded</c> or <c>unavailable</c>.</summary>
    public void Recorded(TimeSpan elapsed, string result) => _recording.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("result", result));

    /// <summary>Counts a refusal for <paramref name="reason"/> (one of <see cref="RefusalReasons"/>).</summary>
    public void Refused(string reason) => _refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Counts a call that failed inside the service.</summary>
    public void Fault(string method) => _faults.Add(1, new KeyValuePair<string, object?>("rpc", method));

    /// <summary>Counts one reload, and the files in it whose new content was rejected.</summary>
    public void Reloaded(int newlyRejectedFiles)
    {
        _reloads.Add(1, new KeyValuePair<string, object?>("result", newlyRejectedFiles > 0 ? "rejected_edits" : "clean"));
        if (newlyRejectedFiles > 0)
        {
            _rejectedEdits.Add(newlyRejectedFiles);
        }
    }

    /// <summary>Publishes what the catalog serving now holds: rule-set versions serving, files with a rejected edit, problems.</summary>
    public void Observe(Func<RuleSetCatalog?> current)
    {
        _meter.CreateObservableGauge("aln.rulesets.serving", () => (long)(current()?.RuleSets.Count ?? 0), "{version}", "Rule-set versions serving now");
        _meter.CreateObservableGauge("aln.rulesets.files_rejected", () => (long)(current() is { } catalog ? catalog.Files.Count(f => f.RejectedEdit.Count > 0) + catalog.CalendarProblems.Select(p => p.File).Distinct().Count() : 0),
            "{file}", "Files whose latest content is rejected (the last good version, if any, serves)");
        _meter.CreateObservableGauge("aln.rulesets.problems", () => (long)(current()?.Problems.Count() ?? 0), "{problem}", "Problems in the rules directory now (see ListRuleSets)");
    }
}

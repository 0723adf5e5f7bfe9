using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Security;
using AlnDecisions.Server.Telemetry;
using AlnDecisions.Store;
using Google.Protobuf;

namespace AlnDecisions.Server.Recording;

/// <summary>
/// The one way the service decides: decide (in FULL when recording, whatever view was asked), then
/// record the request and the full response, and only then hand back the caller's view. A decision
/// whose record did not commit is never returned: the caller gets UNAVAILABLE instead.
/// </summary>
/// <remarks>
/// The store group-commits: many calls waiting at once share one transaction and one fsync, so
/// recording costs a commit's latency per call, not a commit's throughput.
/// </remarks>
internal sealed partial class DecisionRecorder(
    DecisionPipeline pipeline,
    DecisionMetrics metrics,
    CallerAccess access,
    ILogger<DecisionRecorder> logger,
    DecisionStore? store = null)
{
    /// <summary>Whether decisions are recorded (false only when <c>DecisionRecord:Enabled</c> is off).</summary>
    public bool Records => store is not null;

    /// <summary>
    /// Decides <paramref name="request"/> for <paramref name="caller"/> and, when it is valid, records it.
    /// Returns once the record has committed; the result's <see cref="DecideResult.Response"/> is the caller's view.
    /// </summary>
    /// <exception cref="Grpc.Core.RpcException">UNAVAILABLE: the decision was made but could not be recorded, so it must not be answered.</exception>
    public async ValueTask<DecideResult> DecideAsync(DecisionRequest request, ClaimsPrincipal caller, string rpc, CancellationToken cancellationToken)
    {
        var result = await metrics.DecideAsync(pipeline, request, rpc, forRecord: store is not null, cancellationToken);
        if (store is null || !result.IsValid)
        {
            return result;
        }

        var record = RecordOf(request, result.Full!, access.ActingAuthority(caller, request.Authority));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await store.AppendAsync(record, cancellationToken);
        }
        catch (DecisionStoreUnavailableException unavailable)
        {
            metrics.Recorded(Stopwatch.GetElapsedTime(started), "unavailable");
            metrics.Refused(RefusalReasons.RecordUnavailable);
            LogNotRecorded(logger, record.DecisionId, unavailable.Reason);
            throw RecordStatus.Unavailable("the decision was not answered");
        }

        metrics.Recorded(Stopwatch.GetElapsedTime(started), "recorded");
        return result;
    }

    /// <summary>What the record keeps of one decision. The bytes are serialized here, before anything (a stream index) is added to the response.</summary>
    internal static DecisionRecord RecordOf(DecisionRequest request, DecisionResponse full, string authority)
    {
        var kinds = full.Decisions.Select(d => new KindOutcome(KindNames.Of(d.Kind) ?? d.Kind.ToString(), d.Outcome)).ToList();
        var ruleSets = full.Decisions.SelectMany(d => d.RuleSets)
            .Select(set => new RuleSetStamp(set.Id, set.Version, set.Sha256))
            .Distinct()
            .ToList();
        return new DecisionRecord(
            full.DecisionId,
            full.CaseReference,
            authority,
            DateOnly.ParseExact(full.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            kinds,
            ruleSets,
            request.ToByteArray(),
            full.ToByteArray());
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Debug, Message = "Decision {DecisionId} not answered: the record refused it ({Reason})")]
    private static partial void LogNotRecorded(ILogger logger, string decisionId, StoreUnavailableReason reason);
}

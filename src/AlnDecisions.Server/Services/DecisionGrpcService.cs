using System.Threading.Channels;
using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Recording;
using AlnDecisions.Server.Security;
using AlnDecisions.Server.Telemetry;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>
/// The gRPC face of the decision pipeline and its record: decide (recorded before it is answered),
/// or refuse with the bad fields; read and add to the record. Nothing else lives here.
/// </summary>
[BindServiceMethod(typeof(Hosting.StrictMessageBinding), nameof(Hosting.StrictMessageBinding.BindService))]
internal sealed partial class DecisionGrpcService(
    DecisionPipeline pipeline,
    DecisionRecorder recorder,
    CallerAccess access,
    CallerRateLimiter rateLimiter,
    DecisionMetrics metrics,
    ILogger<DecisionGrpcService> logger,
    DecisionRecords? records = null) : DecisionService.DecisionServiceBase
{
    /// <summary>
    /// How many stream items may wait for their records to commit while later items are decided.
    /// Items are answered in order; the window lets one stream's records share group commits rather
    /// than pay a commit each, and bounds what a slow store holds in memory for one stream.
    /// </summary>
    private const int StreamWindow = 128;

    private DecisionRecords Records => records ?? throw RecordStatus.NotRecording();

    public override async Task<DecisionResponse> Decide(DecisionRequest request, ServerCallContext context)
    {
        access.Demand(context, request.Authority);
        var result = await recorder.DecideAsync(request, context.GetHttpContext().User, nameof(Decide), context.CancellationToken);
        if (!result.IsValid)
        {
            throw InvalidArgument.For(result.Violations);
        }

        LogDecided(logger, result.Response!.DecisionId, result.Response.Decisions.Count);
        return result.Response;
    }

    public override async Task DecideStream(IAsyncStreamReader<DecisionRequest> requestStream, IServerStreamWriter<DecisionResponse> responseStream, ServerCallContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var answers = Channel.CreateBounded<Task<DecisionResponse>>(new BoundedChannelOptions(StreamWindow) { SingleReader = true, SingleWriter = true });
        var writing = WriteInOrderAsync(answers.Reader, responseStream, stop);
        try
        {
            var index = 0;
            await foreach (var request in requestStream.ReadAllAsync(stop.Token))
            {
                // The call took one token at the edge; every further item takes its own.
                if (index > 0)
                {
                    await rateLimiter.WaitForTokenAsync(context.GetHttpContext(), stop.Token);
                }

                // Decided here, in order; its answer is written once its record has committed.
                await answers.Writer.WriteAsync(DecideItemAsync(request, index, context, stop.Token), stop.Token);
                index++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            // Only the writer cancels `stop`, when it fails: its failure is the one the call ends with, below.
        }
        catch
        {
            // Reading failed (the caller went away, or sent what is not a request): the call ends with
            // that. Answers already decided are recorded, and are not written once the call has ended.
            answers.Writer.TryComplete();
            await stop.CancelAsync();
            try
            {
                await writing;
            }
            catch (Exception)
            {
                // The reading failure is the one reported.
            }

            throw;
        }

        answers.Writer.TryComplete();
        await writing;
    }

    public override Task<ListRuleSetsResponse> ListRuleSets(ListRuleSetsRequest request, ServerCallContext context) =>
        Task.FromResult(RuleSetListing.From(pipeline.Registry.Current));

    public override Task<RecordedDecision> GetDecision(GetDecisionRequest request, ServerCallContext context) =>
        Records.GetAsync(request.DecisionId, context.GetHttpContext().User, context.CancellationToken);

    public override Task<ListDecisionsResponse> ListDecisions(ListDecisionsRequest request, ServerCallContext context) =>
        Records.ListAsync(request, context.GetHttpContext().User, context.CancellationToken);

    public override Task<HumanDecision> RecordOutcome(RecordOutcomeRequest request, ServerCallContext context) =>
        Records.RecordOutcomeAsync(request, context.GetHttpContext().User, context.CancellationToken);

    public override Task<EraseCaseResponse> EraseCase(EraseCaseRequest request, ServerCallContext context) =>
        Records.EraseCaseAsync(request, context.GetHttpContext().User, context.CancellationToken);

    /// <summary>Writes each answer, in the order the items came, once it is ready (recorded, or refused); stops the reading if writing fails.</summary>
    private static async Task WriteInOrderAsync(ChannelReader<Task<DecisionResponse>> answers, IServerStreamWriter<DecisionResponse> responseStream, CancellationTokenSource stop)
    {
        try
        {
            while (await answers.WaitToReadAsync(stop.Token))
            {
                while (answers.TryRead(out var answer))
                {
                    await responseStream.WriteAsync(await answer, stop.Token);
                }
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    /// <summary>One stream item: its decisions once recorded, or its error; either way the stream goes on.</summary>
    private async Task<DecisionResponse> DecideItemAsync(DecisionRequest request, int index, ServerCallContext context, CancellationToken cancellationToken)
    {
        if (access.Refusal(context, request.Authority) is { } refusal)
        {
            metrics.Refused(RefusalReasons.PermissionDenied);
            LogItemDenied(logger, index);
            return new DecisionResponse { StreamIndex = index, Error = refusal };
        }

        DecideResult result;
        try
        {
            result = await recorder.DecideAsync(request, context.GetHttpContext().User, nameof(DecideStream), cancellationToken);
        }
        catch (RpcException unavailable) when (unavailable.StatusCode == StatusCode.Unavailable)
        {
            LogItemNotRecorded(logger, index);
            return new DecisionResponse { StreamIndex = index, Error = RecordStatus.UnavailableStatus("this item was not answered") };
        }

        if (!result.IsValid)
        {
            metrics.Refused(RefusalReasons.InvalidArgument);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var fields = Hosting.LoggableFields.Of(result.Violations.Select(v => v.Field));
                LogItemInvalid(logger, index, fields);
            }

            return new DecisionResponse { StreamIndex = index, Error = InvalidArgument.Status(result.Violations) };
        }

        LogDecided(logger, result.Response!.DecisionId, result.Response.Decisions.Count);

        // Set after recording: the record keeps the decision, not its position in one stream.
        result.Response.StreamIndex = index;
        return result.Response;
    }

    // Case facts never reach the log at Information: only the decision id and how many decisions.
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Decided {DecisionId} ({Count} decisions)")]
    private static partial void LogDecided(ILogger logger, string decisionId, int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "DecideStream item {Index} refused: INVALID_ARGUMENT on {Fields}; the stream goes on")]
    private static partial void LogItemInvalid(ILogger logger, int index, string fields);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "DecideStream item {Index} refused: PERMISSION_DENIED (request for another authority); the stream goes on")]
    private static partial void LogItemDenied(ILogger logger, int index);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "DecideStream item {Index} not answered: UNAVAILABLE (its decision could not be recorded); the stream goes on")]
    private static partial void LogItemNotRecorded(ILogger logger, int index);
}

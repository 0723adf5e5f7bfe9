using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Server.Security;
using AlnDecisions.Server.Telemetry;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>The gRPC face of the decision pipeline: decide, or refuse with the bad fields. Nothing else lives here.</summary>
[BindServiceMethod(typeof(Hosting.StrictMessageBinding), nameof(Hosting.StrictMessageBinding.BindService))]
internal sealed partial class DecisionGrpcService(
    DecisionPipeline pipeline,
    CallerAccess access,
    CallerRateLimiter rateLimiter,
    DecisionMetrics metrics,
    ILogger<DecisionGrpcService> logger) : DecisionService.DecisionServiceBase
{
    public override async Task<DecisionResponse> Decide(DecisionRequest request, ServerCallContext context)
    {
        access.Demand(context, request.Authority);
        var result = await metrics.DecideAsync(pipeline, request, nameof(Decide), context.CancellationToken);
        if (!result.IsValid)
        {
            throw InvalidArgument.For(result.Violations);
        }

        LogDecided(logger, result.Response!.DecisionId, result.Response.Decisions.Count);
        return result.Response;
    }

    public override async Task DecideStream(IAsyncStreamReader<DecisionRequest> requestStream, IServerStreamWriter<DecisionResponse> responseStream, ServerCallContext context)
    {
        var index = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            // The call took one token at the edge; every further item takes its own.
            if (index > 0)
            {
                await rateLimiter.WaitForTokenAsync(context.GetHttpContext(), context.CancellationToken);
            }

            await responseStream.WriteAsync(await DecideItemAsync(request, index, context), context.CancellationToken);
            index++;
        }
    }

    public override Task<ListRuleSetsResponse> ListRuleSets(ListRuleSetsRequest request, ServerCallContext context) =>
        Task.FromResult(RuleSetListing.From(pipeline.Registry.Current));

    /// <summary>One stream item: its decisions, or its error; either way the stream goes on.</summary>
    private async Task<DecisionResponse> DecideItemAsync(DecisionRequest request, int index, ServerCallContext context)
    {
        if (access.Refusal(context, request.Authority) is { } refusal)
        {
            metrics.Refused(RefusalReasons.PermissionDenied);
            LogItemDenied(logger, index);
            return new DecisionResponse { StreamIndex = index, Error = refusal };
        }

        var result = await metrics.DecideAsync(pipeline, request, nameof(DecideStream), context.CancellationToken);
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
}

using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>The gRPC face of the decision pipeline: decide, or refuse with the bad fields. Nothing else lives here.</summary>
internal sealed partial class DecisionGrpcService(
    DecisionPipeline pipeline,
    ILogger<DecisionGrpcService> logger) : DecisionService.DecisionServiceBase
{
    public override async Task<DecisionResponse> Decide(DecisionRequest request, ServerCallContext context)
    {
        var result = await pipeline.DecideAsync(request, context.CancellationToken);
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
            var result = await pipeline.DecideAsync(request, context.CancellationToken);
            if (!result.IsValid)
            {
                throw InvalidArgument.For(result.Violations, $"request[{index}]");
            }

            await responseStream.WriteAsync(result.Response!, context.CancellationToken);
            index++;
        }
    }

    public override Task<ListRuleSetsResponse> ListRuleSets(ListRuleSetsRequest request, ServerCallContext context) =>
        Task.FromResult(RuleSetListing.From(pipeline.Registry.Current));

    // Case facts never reach the log at Information: only the decision id and how many decisions.
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Decided {DecisionId} ({Count} decisions)")]
    private static partial void LogDecided(ILogger logger, string decisionId, int count);
}

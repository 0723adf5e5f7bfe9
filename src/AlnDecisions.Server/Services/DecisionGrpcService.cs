using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Server.Hosting;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>The gRPC face of the decision engine: map in, decide, map out. Nothing else lives here.</summary>
internal sealed partial class DecisionGrpcService(
    DecisionEngine engine,
    RuleSetRegistry registry,
    LondonCalendar calendar,
    ILogger<DecisionGrpcService> logger) : DecisionService.DecisionServiceBase
{
    public override async Task<DecisionResponse> Decide(DecisionRequest request, ServerCallContext context)
    {
        var mapping = DecisionRequestMapper.Map(request, calendar.Today());
        if (!mapping.IsValid)
        {
            throw InvalidArgument.For(mapping.Violations);
        }

        var decisions = await engine.DecideAsync(mapping.Case!);
        LogDecided(logger, decisions.DecisionId, decisions.Decisions.Count);
        return DecisionResponseMapper.ToResponse(decisions);
    }

    public override async Task DecideStream(IAsyncStreamReader<DecisionRequest> requestStream, IServerStreamWriter<DecisionResponse> responseStream, ServerCallContext context)
    {
        var index = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var mapping = DecisionRequestMapper.Map(request, calendar.Today());
            if (!mapping.IsValid)
            {
                throw InvalidArgument.For(mapping.Violations, $"request[{index}]");
            }

            var decisions = await engine.DecideAsync(mapping.Case!);
            await responseStream.WriteAsync(DecisionResponseMapper.ToResponse(decisions), context.CancellationToken);
            index++;
        }
    }

    public override Task<ListRuleSetsResponse> ListRuleSets(ListRuleSetsRequest request, ServerCallContext context) =>
        Task.FromResult(RuleSetListing.From(registry.Current));

    // Case facts never reach the log at Information: only the decision id and how many decisions.
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Decided {DecisionId} ({Count} decisions)")]
    private static partial void LogDecided(ILogger logger, string decisionId, int count);
}

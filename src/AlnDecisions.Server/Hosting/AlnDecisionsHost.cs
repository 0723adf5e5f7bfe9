using AlnDecisions.Contract;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Server.Pages;
using AlnDecisions.Server.Recording;
using AlnDecisions.Server.Security;
using AlnDecisions.Server.Services;

namespace AlnDecisions.Server.Hosting;

/// <summary>Builds the service's web application; Program and the integration tests start the same host.</summary>
public static class AlnDecisionsHost
{
    /// <summary>
    /// Builds the host and loads its rules. <paramref name="configure"/> lets tests override
    /// configuration before services are built.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var edge = builder.AddAlnEdge();

        builder.Services.AddOptions<ServiceOptions>().BindConfiguration(ServiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RuleSetOptions>().BindConfiguration(RuleSetOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var ruleSetOptions = builder.Configuration.GetSection(RuleSetOptions.Section).Get<RuleSetOptions>() ?? new RuleSetOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAln(edge));

        var rulesDirectory = RulesDirectory.Resolve(ruleSetOptions.Directory, Directory.GetCurrentDirectory());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoadedRules>();
        builder.Services.AddSingleton(services => services.GetRequiredService<LoadedRules>().Pipeline);
        builder.Services.AddSingleton(services => services.GetRequiredService<DecisionPipeline>().Registry);
        builder.Services.AddHostedService<RuleSetHostedWatcher>();
        builder.AddAlnDecisionRecord();
        builder.AddAlnPages();
        builder.Services.AddGrpc(grpc => grpc.EnableDetailedErrors = false).AddJsonTranscoding(json =>
            // Error details (google.rpc.BadRequest) must be known to the JSON writer, or a 400 becomes a 500.
            json.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(Google.Rpc.BadRequest.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck<RuleSetHealthCheck>("rule-sets", tags: [HealthTags.Ready]);

        var app = builder.Build();
        app.UseAlnEdge(edge);
        app.UseAlnDecisionRecord();
        app.MapGrpcService<DecisionGrpcService>().RequireMethodPolicies();
        app.MapGrpcReflectionService().RequireMethodPolicies();
        app.MapGrpcHealthChecksService().AsProbe();
        app.MapAlnPages();
        app.MapGet("/", () => Results.Text("AlnDecisions: gRPC aln.decisions.v1.DecisionService; POST /v1/decisions:decide; GET /v1/decisions, /v1/decisions/{decisionId}; POST /v1/decisions/{decisionId}:recordOutcome; POST /v1/cases:erase; GET /v1/rule-sets; pages: GET /panel/decisions/{decisionId}, /panel/decisions/{decisionId}/notice\n"));

        // Load the rules before the host starts listening: a service that answers has rules to answer with.
        await app.Services.GetRequiredService<LoadedRules>().LoadAsync(rulesDirectory);
        app.Services.GetRequiredService<RuleSetReadiness>().MarkLoaded(app.Services.GetRequiredService<RuleSetRegistry>());
        return app;
    }
}
